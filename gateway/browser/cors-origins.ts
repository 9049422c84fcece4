/**
 * The browser origins allowed to call the graph. An entry is an exact origin
 * (`https://app.example.com`) or an origin with any port (`http://localhost:*`);
 * never `*`: a credit-data graph names the sites that may read it.
 */
export interface OriginRule {
  protocol: 'http:' | 'https:';
  hostname: string;
  /** '' is the scheme's default port; '*' any port */
  port: string;
}

/** Local front-end dev servers (Vite on 5173, a second gateway…) in development. */
export const DEVELOPMENT_ORIGINS = 'http://localhost:*,http://127.0.0.1:*';

const ENTRY = /^(https?):\/\/([\p{L}\p{N}.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/iu;

function parseEntry(entry: string): OriginRule {
  const match = ENTRY.exec(entry);
  if (!match) {
    throw new Error(
      `CREDENCE_CORS_ORIGINS: "${entry}" is not an origin; use scheme://host or scheme://host:port, or scheme://host:* for any port.`,
    );
  }
  const [, scheme, host, port] = match;
  // URL normalises the host (case, IDNA) and drops a default port, as browsers do in Origin.
  const url = new URL(`${scheme}://${host}${port && port !== '*' ? `:${port}` : ''}`);
  return {
    protocol: url.protocol as OriginRule['protocol'],
    hostname: url.hostname,
    port: port === '*' ? '*' : url.port,
  };
}

/** Parses a comma-separated list; an empty list allows no other origin. Bad entries fail the start. */
export function parseCorsOrigins(list: string): OriginRule[] {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.includes('*'))
    throw new Error('CREDENCE_CORS_ORIGINS may not be "*": list the origins that may call the graph.');
  return entries.map(parseEntry);
}

/** CREDENCE_CORS_ORIGINS, else local origins in development and none in production. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): OriginRule[] {
  return parseCorsOrigins(env.CREDENCE_CORS_ORIGINS ?? (env.NODE_ENV === 'production' ? '' : DEVELOPMENT_ORIGINS));
}

/** Whether a request's Origin header names an allowed origin; `null` and anything malformed never do. */
export function isAllowedOrigin(origin: string, rules: readonly OriginRule[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // An Origin header is only scheme://host[:port]; anything more is not one a browser sends.
  if (url.origin !== origin) return false;
  return rules.some(
    (rule) =>
      rule.protocol === url.protocol && rule.hostname === url.hostname && (rule.port === '*' || rule.port === url.port),
  );
}

import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values a Credence client can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** consent could not be checked right now: the field is withheld, and asking again may work */
  CONSENT_UNAVAILABLE: 'CONSENT_UNAVAILABLE',
  /** the partner asking is suspended by Credence staff: every read is refused until it is reinstated */
  PARTNER_SUSPENDED: 'PARTNER_SUSPENDED',
  /** a partner's consent request went unanswered past its expiry: it can no longer be approved or declined */
  CONSENT_REQUEST_EXPIRED: 'CONSENT_REQUEST_EXPIRED',
  /** a consent request was already approved or declined: it is answered once */
  CONSENT_REQUEST_ANSWERED: 'CONSENT_REQUEST_ANSWERED',
  /** a partner has as many unanswered consent requests for that consumer (or open ones) as it may */
  CONSENT_REQUEST_LIMIT: 'CONSENT_REQUEST_LIMIT',
  /** the consumer has frozen their file: every partner read is refused, whatever consents it holds, until they unfreeze it */
  SUBJECT_FROZEN: 'SUBJECT_FROZEN',
  /** a partner asked about more distinct scoreAtLeast thresholds for one consumer than it may in 24 hours */
  THRESHOLD_LIMIT_REACHED: 'THRESHOLD_LIMIT_REACHED',
  /** an Idempotency-Key was used before with another request: it names one request only (HTTP 422) */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** a request with this Idempotency-Key is still being answered: retry shortly (HTTP 409) */
  IDEMPOTENCY_KEY_IN_USE: 'IDEMPOTENCY_KEY_IN_USE',
  /** the partner already has a request awaiting this consumer's answer for the same scopes */
  CONSENT_REQUEST_DUPLICATE: 'CONSENT_REQUEST_DUPLICATE',
  /** the consumer already granted the partner (some of) the scopes asked for */
  CONSENT_ALREADY_GRANTED: 'CONSENT_ALREADY_GRANTED',
  /** the partner cancelled its consent request: it can no longer be answered */
  CONSENT_REQUEST_CANCELLED: 'CONSENT_REQUEST_CANCELLED',
  /** the dispute was decided (or expired): nothing can be added to it; a record still on file can be disputed anew */
  DISPUTE_CLOSED: 'DISPUTE_CLOSED',
  /** the consumer added information to this dispute as many times as one dispute takes */
  DISPUTE_INFORMATION_LIMIT: 'DISPUTE_INFORMATION_LIMIT',
  /** a dispute removed this record from the file: its furnisher re-reports it only certifying it (certifiedAccurate) */
  RECORD_REMOVED_BY_DISPUTE: 'RECORD_REMOVED_BY_DISPUTE',
  /** the viewer's cost budget cannot cover this operation now (HTTP 429, Retry-After) */
  RATE_LIMITED: 'RATE_LIMITED',
  /** one operation costs more than a whole budget: it can never run as asked */
  MAX_COST_EXCEEDED: 'MAX_COST_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function credenceError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, argument?: string) =>
  credenceError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
export const notFound = (what: string, id: string) =>
  credenceError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`);
export const unauthenticated = (message = 'Sign in to see this data.') =>
  credenceError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => credenceError(ErrorCode.FORBIDDEN, message);
/** A coded refusal that has no constructor of its own above; `extra` adds what the caller needs to act on it. */
export const codedError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  credenceError(code, message, extra);
export const consentRequired = (scope: string) =>
  credenceError(ErrorCode.CONSENT_REQUIRED, `The data subject has not granted you the ${scope} consent.`, { scope });

const CLIENT_SAFE_CODES = new Set<string>([
  // INTERNAL_SERVER_ERROR is what Apollo gives any unexpected error: never pass its message on.
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo's own request-level codes: safe, they describe the client's request.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const ECHO_PREFIX = 64;
const MAX_MESSAGE = 400;

/** Where the quoted value opening at `from` ends: the next quote not escaped by a backslash, or -1. */
function closingQuote(message: string, from: number): number {
  for (let at = message.indexOf('"', from); at >= 0; at = message.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (message[at - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * What a caller sent comes back in a message only as a short prefix: graphql-js and our
 * own messages quote the offending value, and a 900 KB id must not return whole. Quotes
 * pair up left to right (so only what sits inside a pair is cut), each quoted value is
 * cut to ECHO_PREFIX characters, and the message to MAX_MESSAGE: one pass, no regex.
 */
export function shortenEchoedInput(message: string): string {
  let shortened = '';
  let at = 0;
  while (at < message.length && shortened.length <= MAX_MESSAGE) {
    const open = message.indexOf('"', at);
    const close = open < 0 ? -1 : closingQuote(message, open + 1);
    if (close < 0) {
      shortened += message.slice(at, at + MAX_MESSAGE + 1);
      break;
    }
    const value =
      close - open - 1 > ECHO_PREFIX
        ? `${message.slice(open + 1, open + 1 + ECHO_PREFIX)}…`
        : message.slice(open + 1, close);
    shortened += `${message.slice(at, open)}"${value}"`;
    at = close + 1;
  }
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE)}…` : shortened;
}

/**
 * Apollo passes every thrown error to the client, stack traces included outside
 * production. Anything that is not one of our deliberate client errors is replaced
 * by a generic one, so no SQL, file path or internal detail reaches a caller.
 */
export function maskInternalErrors(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: shortenEchoedInput(formatted.message), extensions };
  }
  if (process.env.CREDENCE_LOG_INTERNAL_ERRORS !== 'false') console.error('[credence] internal error:', original);
  return {
    message: 'Internal server error.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

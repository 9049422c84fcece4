/**
 * Credence's address as consumers and partners reach it: CREDENCE_PUBLIC_URL (e.g.
 * https://credence.example) behind a load balancer, otherwise the gateway's own address
 * as configured (CREDENCE_HOST and GATEWAY_PORT, 127.0.0.1:4000), a wildcard host read as
 * localhost. Absolute links a partner hands on (authorisationUrl) start with it.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CREDENCE_PUBLIC_URL;
  if (configured) {
    if (!URL.canParse(configured) || !/^https?:$/.test(new URL(configured).protocol))
      throw new Error('CREDENCE_PUBLIC_URL must be an absolute http or https URL.');
    return configured.replace(/\/+$/, '');
  }
  const host = env.CREDENCE_HOST ?? '127.0.0.1';
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachable}:${env.GATEWAY_PORT ?? 4000}`;
}

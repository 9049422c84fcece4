import { createHmac } from 'node:crypto';
import { internalSecret } from '../trust/secrets';
import { DemoPartner } from './demo-population';

/**
 * The demo partners' OAuth client credentials. The secret is derived from the internal
 * secret, as the demo tokens are signed with the token secret: whoever runs the platform
 * (and so holds its secrets) can print them with `npm run token -- client bikes`, and a
 * production deployment's secrets make them unknowable to anyone else.
 */
export function demoClientCredentials(
  partner: DemoPartner,
  env: NodeJS.ProcessEnv = process.env,
): { clientId: string; clientSecret: string } {
  const key = createHmac('sha256', internalSecret(env)).update(`demo-partner-client:${partner.id}`).digest();
  return { clientId: `demo-${partner.id}`, clientSecret: `csec_${key.toString('base64url')}` };
}

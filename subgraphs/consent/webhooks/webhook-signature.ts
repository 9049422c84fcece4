import { createHmac } from 'node:crypto';
import { signingKeyOf } from './webhook-secret';

/**
 * The Standard Webhooks headers for one attempt: the id stays the same on every retry,
 * the timestamp is the attempt's (receivers reject old ones to stop replays), and each
 * signature is HMAC-SHA256 over `id.timestamp.body` with a base64-decoded secret: one per
 * secret in force, space-separated, the newest first (during a rotation's overlap, two).
 */
export function webhookHeaders(
  secrets: readonly string[],
  id: string,
  body: string,
  now = new Date(),
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000).toString();
  const signatures = secrets.map(
    (secret) =>
      `v1,${createHmac('sha256', signingKeyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`,
  );
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures.join(' ') };
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { internalSecret } from '../../../shared/trust/secrets';

/** Standard Webhooks shows a signing key as `whsec_` + its base64. */
const PREFIX = 'whsec_';

/** A fresh signing secret, in the form a partner pastes into a Standard Webhooks library. */
export const newWebhookSecret = (): string => PREFIX + randomBytes(32).toString('base64');

/** The HMAC key a secret stands for. */
export const signingKeyOf = (secret: string): Buffer => Buffer.from(secret.slice(PREFIX.length), 'base64');

/**
 * The key that encrypts secrets at rest: CREDENCE_WEBHOOK_KEY when set (so it can be
 * rotated apart from the internal secret), else derived from CREDENCE_INTERNAL_SECRET,
 * which production must set anyway. HKDF with its own label, so the derived key is
 * useless for signing internal credentials and the other way round.
 */
function encryptionKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const material = env.CREDENCE_WEBHOOK_KEY ? new TextEncoder().encode(env.CREDENCE_WEBHOOK_KEY) : internalSecret(env);
  return Buffer.from(hkdfSync('sha256', material, 'credence', 'webhook signing secrets at rest', 32));
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64 each; tampering fails decryption. */
export function encryptSecret(secret: string, env?: NodeJS.ProcessEnv): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(env), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
    .join('.');
}

export function decryptSecret(stored: string, env?: NodeJS.ProcessEnv): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1') throw new Error('unknown webhook secret format');
  const decipher = createDecipheriv('aes-256-gcm', encryptionKey(env), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
}

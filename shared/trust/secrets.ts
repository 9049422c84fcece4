/**
 * Signing keys. The defaults exist so `npm start` works on a fresh clone; they are
 * public (they are in this file), so production must set both variables, and the
 * servers refuse to start in production with a missing key or with any published one.
 */
const DEV_TOKEN_SECRET = 'credence-dev-token-secret-change-me-0123456789';
const DEV_INTERNAL_SECRET = 'credence-dev-internal-secret-change-me-0123456789';
const DEV_PARTNER_ID_KEY = 'credence-dev-partner-id-key-change-me-0123456789';
const PUBLISHED_SECRETS = new Set([DEV_TOKEN_SECRET, DEV_INTERNAL_SECRET, DEV_PARTNER_ID_KEY]);

function secret(name: string, fallback: string, env: NodeJS.ProcessEnv): Uint8Array {
  const value = env[name];
  if (env.NODE_ENV === 'production') {
    if (!value) throw new Error(`${name} must be set in production.`);
    if (PUBLISHED_SECRETS.has(value.trim()))
      throw new Error(`${name} is a published development key: set a secret one in production.`);
  }
  const chosen = value || fallback;
  if (chosen.length < 32) throw new Error(`${name} must be at least 32 characters.`);
  return new TextEncoder().encode(chosen);
}

/** HS256 key that signs viewers' bearer tokens (dev tokens; JWKS/RS256 may replace it). */
export const tokenSecret = (env: NodeJS.ProcessEnv = process.env) =>
  secret('CREDENCE_JWT_SECRET', DEV_TOKEN_SECRET, env);

/** Key shared by the gateway and the subgraphs only: proves a request came from inside. */
export const internalSecret = (env: NodeJS.ProcessEnv = process.env) =>
  secret('CREDENCE_INTERNAL_SECRET', DEV_INTERNAL_SECRET, env);

/** Master key of partner-scoped ids (partner-ids.ts): each partner's key is derived from it. */
export const partnerIdKey = (env: NodeJS.ProcessEnv = process.env) =>
  secret('CREDENCE_PARTNER_ID_KEY', DEV_PARTNER_ID_KEY, env);

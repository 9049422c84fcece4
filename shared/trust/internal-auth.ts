import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { parseViewer, Viewer } from './viewer';

/** Header carrying the gateway's (or a subgraph's) signed statement about a request. */
export const INTERNAL_CREDENTIAL_HEADER = 'x-credence-internal';

const AUDIENCE = 'credence-subgraphs';
const LIFETIME_SECONDS = 60;

/**
 * Binds the credential to one operation and its variables, so a captured credential
 * cannot carry a forged `_entities` representation or another query.
 */
export function operationDigest(query: string, variables: unknown): string {
  return createHash('sha256')
    .update(query)
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export async function signInternalCredential(
  secret: Uint8Array,
  issuer: string,
  viewer: Viewer,
  query: string,
  variables: unknown,
): Promise<string> {
  return new SignJWT({ viewer, op: operationDigest(query, variables) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(secret);
}

export class InternalCredentialError extends Error {}

/** Verifies signature, audience, expiry and the operation binding; returns the forwarded viewer. */
export async function verifyInternalCredential(
  secret: Uint8Array,
  credential: string | undefined,
  query: string,
  variables: unknown,
): Promise<{ viewer: Viewer; issuer: string }> {
  if (!credential) throw new InternalCredentialError('missing internal credential');
  let payload;
  try {
    ({ payload } = await jwtVerify(credential, secret, { audience: AUDIENCE, algorithms: ['HS256'] }));
  } catch {
    throw new InternalCredentialError('invalid internal credential');
  }
  if (payload.op !== operationDigest(query, variables)) {
    throw new InternalCredentialError('internal credential was issued for another operation');
  }
  try {
    return { viewer: parseViewer(payload.viewer), issuer: String(payload.iss) };
  } catch {
    throw new InternalCredentialError('internal credential carries a malformed viewer');
  }
}

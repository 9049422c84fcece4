import { createHash, randomUUID } from 'node:crypto';
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
  requestId?: string,
): Promise<string> {
  return new SignJWT({ viewer, op: operationDigest(query, variables), ...(requestId ? { rid: requestId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(secret);
}

export class InternalCredentialError extends Error {}

export interface InternalCaller {
  viewer: Viewer;
  /** who signed: 'gateway', or the subgraph that called */
  issuer: string;
  /** the client request this call serves, minted by the gateway; a fresh one for calls no client made */
  requestId: string;
}

/** Verifies signature, audience, expiry and the operation binding; returns the forwarded viewer. */
export async function verifyInternalCredential(
  secret: Uint8Array,
  credential: string | undefined,
  query: string,
  variables: unknown,
): Promise<InternalCaller> {
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
    const requestId = typeof payload.rid === 'string' ? payload.rid : randomUUID();
    return { viewer: parseViewer(payload.viewer), issuer: String(payload.iss), requestId };
  } catch {
    throw new InternalCredentialError('internal credential carries a malformed viewer');
  }
}

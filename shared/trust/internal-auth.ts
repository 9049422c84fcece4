import { createHash, randomUUID } from 'node:crypto';
import { JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ErrorCode } from '../errors';
import { parseViewer, Viewer } from './viewer';

/**
 * Where the gateway's (or a subgraph's) signed statement about a request travels: in
 * the body's `extensions`, not a header. A gateway that de-duplicates identical
 * subgraph requests in flight keys on URL and body; with a fresh credential naming the
 * viewer in every body, no two subgraph requests are ever identical, so one viewer can
 * never be handed another's answer.
 */
export const INTERNAL_CREDENTIAL_EXTENSION = 'credenceCredential';

/**
 * Long enough to cross a hop on a loaded host (a replica paused by garbage collection or a busy core), and worth
 * nothing once used: each is accepted once (the credential ledger). Hosts keep their clocks in sync (NTP).
 */
export const CREDENTIAL_LIFETIME_SECONDS = 30;

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

export interface CredentialRequest {
  /** who signs: 'gateway', or the calling subgraph */
  issuer: string;
  /** the subgraph the request is for: no other subgraph accepts it */
  audience: string;
  viewer: Viewer;
  query: string;
  variables: unknown;
  /** the client request this call serves, when a client made it */
  requestId?: string;
  /** the client's Idempotency-Key header, when it sent one: signed with the rest, so no one in between can change it */
  idempotencyKey?: string;
}

export async function signInternalCredential(secret: Uint8Array, request: CredentialRequest): Promise<string> {
  const { issuer, audience, viewer, query, variables, requestId, idempotencyKey } = request;
  return new SignJWT({
    viewer,
    op: operationDigest(query, variables),
    ...(requestId ? { rid: requestId } : {}),
    ...(idempotencyKey ? { idk: idempotencyKey } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${CREDENTIAL_LIFETIME_SECONDS}s`)
    .sign(secret);
}

/**
 * The request body's `extensions` that carry a signed credential: the wire format of
 * the gateway's subgraph requests and of subgraphs calling each other (a call whose
 * body is data carries it in a header: internal-bodies.ts).
 */
export async function credentialExtensions(
  secret: Uint8Array,
  request: CredentialRequest,
): Promise<Record<string, string>> {
  return { [INTERNAL_CREDENTIAL_EXTENSION]: await signInternalCredential(secret, request) };
}

export class InternalCredentialError extends Error {}

/** The 401 body of a call whose credential was refused, whatever route it came to; the reason only when it is ours. */
export function refusedCallBody(error: unknown) {
  const message = error instanceof InternalCredentialError ? error.message : 'request refused';
  return {
    errors: [{ message: `Subgraph access refused: ${message}.`, extensions: { code: ErrorCode.UNAUTHENTICATED } }],
  };
}

/**
 * The credential ids one process has accepted, each kept until it expires: the memory
 * of a single process. Replicas share theirs through a CredentialLedger
 * (credential-ledger.ts), which falls back to this while Redis is away.
 */
export class UsedCredentials {
  private readonly expiries = new Map<string, number>();

  /** False when the id was used before. */
  claim(id: string, expiresAtMs: number, now = Date.now()): boolean {
    // Every credential lives as long, so insertion order is expiry order: drop from the front.
    for (const [seen, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(seen);
    }
    if (this.expiries.has(id)) return false;
    this.expiries.set(id, expiresAtMs);
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }
}

export interface InternalCaller {
  viewer: Viewer;
  /** who signed: 'gateway', or the subgraph that called */
  issuer: string;
  /** the client request this call serves, minted by the gateway; a fresh one for calls no client made */
  requestId: string;
  /** the client's Idempotency-Key header, as the gateway signed it; null when none was sent */
  idempotencyKey: string | null;
}

/**
 * The claims of a credential signed with `secret` for `audience`, still young enough;
 * what it binds is not checked here. A call whose body is large checks this first,
 * before it reads the body (internal-bodies.ts).
 */
export async function verifiedClaims(secret: Uint8Array, credential: unknown, audience: string): Promise<JWTPayload> {
  if (typeof credential !== 'string' || credential === '')
    throw new InternalCredentialError('missing internal credential');
  try {
    const { payload } = await jwtVerify(credential, secret, {
      audience,
      algorithms: ['HS256'],
      requiredClaims: ['jti', 'iat', 'exp'],
      maxTokenAge: CREDENTIAL_LIFETIME_SECONDS,
    });
    return payload;
  } catch {
    throw new InternalCredentialError('invalid internal credential');
  }
}

/** Where a credential's single use is recorded (credential-ledger.ts). */
export interface UsedCredentialRecord {
  claim(id: string, expiresAtMs: number): boolean | Promise<boolean>;
}

/**
 * Verifies signature, audience (this subgraph), age, the operation binding and single
 * use (in `used`, after every other check, so a forged credential claims nothing);
 * returns the forwarded viewer.
 */
export async function verifyInternalCredential(
  secret: Uint8Array,
  credential: unknown,
  expected: { audience: string; query: string; variables: unknown },
  used: UsedCredentialRecord,
): Promise<InternalCaller> {
  return callerOf(await verifiedClaims(secret, credential, expected.audience), expected, used);
}

/**
 * The caller named by claims `verifiedClaims` gave: once they are bound to this very
 * operation and used for the first time (in `used`, last, so a credential for another
 * operation claims nothing).
 */
export async function callerOf(
  payload: JWTPayload,
  expected: { query: string; variables: unknown },
  used: UsedCredentialRecord,
): Promise<InternalCaller> {
  if (payload.op !== operationDigest(expected.query, expected.variables)) {
    throw new InternalCredentialError('internal credential was issued for another operation');
  }
  if (!(await used.claim(payload.jti!, payload.exp! * 1000)))
    throw new InternalCredentialError('internal credential was already used');
  try {
    const requestId = typeof payload.rid === 'string' ? payload.rid : randomUUID();
    const idempotencyKey = typeof payload.idk === 'string' ? payload.idk : null;
    return { viewer: parseViewer(payload.viewer), issuer: String(payload.iss), requestId, idempotencyKey };
  } catch {
    throw new InternalCredentialError('internal credential carries a malformed viewer');
  }
}

import { createRemoteJWKSet, jwtVerify, JWTPayload, SignJWT } from 'jose';
import { GraphQLError } from 'graphql';
import { positiveIntegerFromEnv } from '../shared/env';
import { ErrorCode } from '../shared/errors';
import { tokenSecret } from '../shared/trust/secrets';
import { ANONYMOUS, parseViewer, Viewer } from '../shared/trust/viewer';

export const TOKEN_ISSUER = 'credence';
export const TOKEN_AUDIENCE = 'credence-graph';
export const ACCESS_REASON_HEADER = 'x-access-reason';

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

/**
 * The longest a viewer token may live, counted from its `iat`: a day covers a working
 * session (dev tokens default to 12 h; identity providers issue an hour or so), and a
 * leaked token is worthless by the next day. CREDENCE_TOKEN_MAX_LIFETIME_SECONDS changes it.
 */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 24 * 3600;

/** How far the issuer's clock may run ahead of ours (NTP keeps hosts far closer): a later `iat` is refused. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

export function tokenMaxLifetimeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return positiveIntegerFromEnv(env, 'CREDENCE_TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_TOKEN_MAX_LIFETIME_SECONDS);
}

/**
 * Every token must say when it was issued and when it expires, and live no longer than
 * the maximum: jose refuses a missing claim, an `iat` older than the maximum or later
 * than the skew allows, and an expired `exp`; a token that *claims* a longer life was
 * issued against policy and is refused outright rather than honoured for a day.
 */
function boundedLifetime(maxLifetime: number) {
  const options = {
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: maxLifetime,
    clockTolerance: TOKEN_CLOCK_SKEW_SECONDS,
  };
  const check = (payload: JWTPayload): JWTPayload => {
    if (payload.exp! - payload.iat! > maxLifetime) throw new Error(`token lifetime exceeds ${maxLifetime} s`);
    return payload;
  };
  return { options, check };
}

/**
 * HS256 with the configured secret by default; RS256 (or any asymmetric algorithm)
 * against a JWKS when CREDENCE_JWKS_URL is set, as an identity provider would issue.
 */
export function tokenVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): TokenVerifier {
  const lifetime = boundedLifetime(tokenMaxLifetimeSeconds(env));
  const options = {
    issuer: env.CREDENCE_JWT_ISSUER ?? TOKEN_ISSUER,
    audience: env.CREDENCE_JWT_AUDIENCE ?? TOKEN_AUDIENCE,
    ...lifetime.options,
  };
  if (env.CREDENCE_JWKS_URL) {
    const jwks = createRemoteJWKSet(new URL(env.CREDENCE_JWKS_URL));
    return async (token) =>
      lifetime.check((await jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256', 'PS256'] })).payload);
  }
  const secret = tokenSecret(env);
  return async (token) =>
    lifetime.check((await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A header's words as the sender typed them. Node reads header bytes as Latin-1: curl and most
 * clients send UTF-8 (so "Prüfung" arrived as "PrÃ¼fung"), while a browser's fetch sends a
 * character up to U+00FF as its one byte. Bytes that form UTF-8 are read as UTF-8; others stay.
 */
export function headerWords(value: string): string {
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  try {
    return UTF8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** Claims → viewer. `kind` says which of the three viewers the subject (`sub`) is. */
export function viewerFromClaims(claims: JWTPayload, accessReason: string | undefined): Viewer {
  const sub = claims.sub;
  switch (claims.kind) {
    case 'user':
      return parseViewer({ kind: 'user', userId: sub });
    case 'partner':
      return parseViewer({ kind: 'partner', partnerId: sub });
    case 'staff':
      return parseViewer({
        kind: 'staff',
        staffId: sub,
        role: claims.role,
        reason: accessReason === undefined ? null : headerWords(accessReason),
      });
    default:
      throw new Error('unknown viewer kind');
  }
}

/** No Authorization header: anonymous. A bad token is refused outright, never downgraded. */
export async function viewerFromHeaders(
  authorization: string | undefined,
  accessReason: string | undefined,
  verify: TokenVerifier,
): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  let claims: JWTPayload;
  try {
    claims = await verify(match[1]);
  } catch {
    throw unauthenticated('The bearer token is invalid or expired.');
  }
  try {
    return viewerFromClaims(claims, accessReason);
  } catch {
    throw unauthenticated('The bearer token does not describe a user, partner or staff member.');
  }
}

/** Mints an HS256 token for development and tests (`npm run token`). */
export async function mintToken(
  claims: { sub: string; kind: 'user' | 'partner' | 'staff'; role?: string },
  expiresIn = '12h',
  secret: Uint8Array = tokenSecret(),
): Promise<string> {
  return new SignJWT({ kind: claims.kind, ...(claims.role ? { role: claims.role } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}

import { createHash } from 'node:crypto';
import express, { RequestHandler } from 'express';
import { JWTPayload } from 'jose';
import {
  callerOf,
  refusedCallBody,
  signInternalCredential,
  UsedCredentialRecord,
  verifiedClaims,
} from './internal-auth';
import { Viewer } from './viewer';

/**
 * Internal calls whose body is data, not a GraphQL request: a furnishing file's chunk
 * goes as its own bytes (up to 30 MB), where a GraphQL variable would escape every
 * quote of every line on the way, parse it back and hash it again (most of an upload's
 * CPU, issue 17). The credential is the same as a GraphQL call's, in a header instead
 * of the body, so it is checked before a byte of the body is read; it binds the method,
 * the path and the body's SHA-256 where a GraphQL call's binds the query and variables.
 */
export const INTERNAL_CREDENTIAL_HEADER = 'x-credence-credential';

const bodyDigest = (body: Uint8Array) => createHash('sha256').update(body).digest('base64url');
const operationOf = (method: string, path: string) => `${method} ${path}`;

export interface BodyCall {
  issuer: string;
  audience: string;
  viewer: Viewer;
  method: string;
  /** the path on the audience's server, as its route sees it */
  path: string;
  body: Uint8Array;
}

/** The header that lets `call` through: sign one per call, it is accepted once. */
export async function signBodyCall(secret: Uint8Array, call: BodyCall): Promise<Record<string, string>> {
  const credential = await signInternalCredential(secret, {
    issuer: call.issuer,
    audience: call.audience,
    viewer: call.viewer,
    query: operationOf(call.method, call.path),
    variables: { sha256: bodyDigest(call.body) },
  });
  return { [INTERNAL_CREDENTIAL_HEADER]: credential };
}

/**
 * The handlers that open a route to internal calls with a body of at most `limitBytes`:
 * the credential's signature, audience and age first; then the body, as a Buffer in
 * `req.body`; then its binding to this method, path and body, and its single use in
 * `used`. After them `res.locals.caller` is the InternalCaller, as on /graphql.
 */
export function bodyCallHandlers(
  secret: Uint8Array,
  audience: string,
  used: UsedCredentialRecord,
  limitBytes: number,
): RequestHandler[] {
  const signedFirst: RequestHandler = (req, res, next) => {
    verifiedClaims(secret, req.header(INTERNAL_CREDENTIAL_HEADER), audience).then(
      (claims) => {
        res.locals.claims = claims;
        next();
      },
      (error: unknown) => res.status(401).json(refusedCallBody(error)),
    );
  };
  const bound: RequestHandler = (req, res, next) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const expected = { query: operationOf(req.method, req.originalUrl), variables: { sha256: bodyDigest(body) } };
    callerOf(res.locals.claims as JWTPayload, expected, used).then(
      (caller) => {
        res.locals.caller = caller;
        next();
      },
      (error: unknown) => res.status(401).json(refusedCallBody(error)),
    );
  };
  return [signedFirst, express.raw({ type: () => true, limit: limitBytes }), bound];
}

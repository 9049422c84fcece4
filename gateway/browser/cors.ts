import { RequestHandler } from 'express';
import { isAllowedOrigin, OriginRule } from './cors-origins';

/**
 * What the graph needs from a browser: queries over GET or POST with a bearer token and, for staff, a
 * reason; Apollo Client's name and version headers, and `apollo-require-preflight`, which lets a
 * client pass CSRF prevention on a GET (it forces the preflight that proves the origin is allowed);
 * and `Idempotency-Key`, so a page can retry a mutation safely.
 */
export const CORS_ALLOWED_METHODS = 'GET, POST';
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-access-reason',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-require-preflight',
  'idempotency-key',
].join(', ');
/**
 * What a page may read of an answer beyond the safelisted headers: the request id to quote, the budget's state, and
 * whether an answer is the replay of an earlier request with the same Idempotency-Key.
 */
export const CORS_EXPOSED_HEADERS = 'x-request-id, ratelimit, ratelimit-policy, retry-after, idempotent-replayed';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS for an allow-list. An allowed origin is echoed back, never `*`, and no
 * credentials (cookies) are allowed: callers send bearer tokens. A preflight from any
 * other origin is refused with 403 and no Access-Control-* headers, so the browser
 * blocks the request; other requests pass on to the graph, whose CSRF prevention
 * still refuses "simple" requests.
 */
export function corsFor(rules: readonly OriginRule[]): RequestHandler {
  return (req, res, next) => {
    // Responses differ by Origin: no cache may serve one origin's answer to another.
    res.vary('Origin');
    const origin = req.header('origin');
    const allowed = origin !== undefined && isAllowedOrigin(origin, rules);
    if (allowed)
      res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS });
    const preflight = req.method === 'OPTIONS' && req.header('access-control-request-method') !== undefined;
    if (!preflight) {
      next();
      return;
    }
    if (!allowed) {
      res.status(403).end();
      return;
    }
    res.set({
      'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
      'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
    });
    res.status(204).end();
  };
}

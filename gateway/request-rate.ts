import { createHash } from 'node:crypto';
import { RequestHandler } from 'express';
import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { positiveIntegerFromEnv } from '../shared/env';
import { ErrorCode } from '../shared/errors';
import { responseMediaType } from '../shared/server/http-errors';
import { connectRedis } from '../shared/store/redis';

/**
 * How many requests one address, and one bearer token, may send per window, counted
 * before the body is read: the cost budgets price what a query asks, but only once it
 * has been read, parsed and validated, which is the work a flood of hostile documents
 * makes the gateway do. The defaults leave a browser app, a partner's batch of a few
 * hundred parallel checks and the test suite well inside, and stop a loop at once.
 */
export interface RequestRateSettings {
  perAddress: number;
  perToken: number;
  windowSeconds: number;
}

export const DEFAULT_REQUEST_RATE: RequestRateSettings = { perAddress: 1200, perToken: 600, windowSeconds: 10 };

/** CREDENCE_RATE_PER_ADDRESS, CREDENCE_RATE_PER_TOKEN, CREDENCE_RATE_WINDOW_SECONDS. */
export function requestRateFromEnv(env: NodeJS.ProcessEnv = process.env): RequestRateSettings {
  return {
    perAddress: positiveIntegerFromEnv(env, 'CREDENCE_RATE_PER_ADDRESS', DEFAULT_REQUEST_RATE.perAddress),
    perToken: positiveIntegerFromEnv(env, 'CREDENCE_RATE_PER_TOKEN', DEFAULT_REQUEST_RATE.perToken),
    windowSeconds: positiveIntegerFromEnv(env, 'CREDENCE_RATE_WINDOW_SECONDS', DEFAULT_REQUEST_RATE.windowSeconds),
  };
}

/**
 * A request counts one, plus one per this many bytes it declares: a 900 KB body spends
 * the allowance of 56 small ones, as it costs the gateway about as much to take in.
 */
export const BYTES_PER_REQUEST = 16 * 1024;

export function requestWeight(contentLength: string | undefined): number {
  const bytes = Number(contentLength ?? 0);
  return 1 + (Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes / BYTES_PER_REQUEST) : 0);
}

/** Whose allowance a bearer token draws on: a digest, so no token sits in memory or Redis as sent. */
function tokenKey(authorization: string | undefined): string | null {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match ? createHash('sha256').update(match[1]).digest('base64url') : null;
}

interface Store {
  redisUrl?: string;
  keyPrefix: string;
}

/**
 * The express handler that admits or refuses a request on its headers alone (address,
 * Authorization, Content-Length), and the plugin that closes its Redis connection.
 * Refused: 429, RATE_LIMITED, Retry-After and the RateLimit headers, and the connection
 * is closed so that the body is never read. Counters are shared through Redis when
 * REDIS_URL is set (each replica counts in memory while Redis is away).
 */
export async function requestRateLimit(
  settings: RequestRateSettings,
  store: Store,
): Promise<{ admission: RequestHandler; plugin: ApolloServerPlugin<BaseContext> }> {
  const redis = store.redisUrl ? await connectRedis(store.redisUrl) : undefined;
  const limiter = (points: number, name: string) => {
    const options = { points, duration: settings.windowSeconds, keyPrefix: `${store.keyPrefix}:rate:${name}` };
    const memory = new RateLimiterMemory(options);
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
      : memory;
  };
  const limits = { address: limiter(settings.perAddress, 'address'), token: limiter(settings.perToken, 'token') };
  const quota = { address: settings.perAddress, token: settings.perToken };

  const admission: RequestHandler = async (req, res, next) => {
    const weight = requestWeight(req.header('content-length'));
    const keys = {
      address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      token: tokenKey(req.header('authorization')),
    };
    let spent: 'address' | 'token' = 'address';
    try {
      await limits.address.consume(keys.address, weight);
      spent = 'token';
      if (keys.token) await limits.token.consume(keys.token, weight);
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const wait = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.status(429).set({
        'retry-after': String(wait),
        'ratelimit-policy': `"${spent}";q=${quota[spent]};w=${settings.windowSeconds}`,
        ratelimit: `"${spent}";r=0;t=${wait}`,
        'content-type': responseMediaType(req),
        connection: 'close',
      });
      const message = `Too many requests from this ${spent === 'address' ? 'address' : 'token'}: at most ${quota[spent]} per ${settings.windowSeconds} s; try again in ${wait} s.`;
      res.send(JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED } }] }));
    }
  };

  const plugin: ApolloServerPlugin<BaseContext> = {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await redis?.quit();
        },
      };
    },
  };
  return { admission, plugin };
}

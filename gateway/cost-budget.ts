import {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
} from '@apollo/server';
import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { positiveIntegerFromEnv } from '../shared/env';
import { connectRedis } from '../shared/store/redis';
import { ErrorCode } from '../shared/errors';
import { Viewer, viewerId } from '../shared/trust/viewer';
import { actualCost, fragmentsOf, introspectionKeys, recordsWritten, requestedCost } from './query-cost';
import { requestRateFromEnv, RequestRateSettings } from './request-rate';

type ViewerKind = Viewer['kind'];
const VIEWER_KINDS: ViewerKind[] = ['anonymous', 'user', 'partner', 'staff'];

export interface BudgetSettings {
  /** cost points each viewer of a kind may spend per window */
  points: Record<ViewerKind, number>;
  windowSeconds: number;
  /** counters in this Redis, shared by every gateway replica; in this process's memory when unset */
  redisUrl?: string;
  keyPrefix: string;
  /**
   * Express's `trust proxy` (hop count, or the proxies' addresses and subnets): behind a
   * load balancer, anonymous callers are told apart by X-Forwarded-For only when it is set,
   * and only as far as the trusted proxies vouch for it. Unset: the socket's address.
   */
  trustProxy?: number | string;
  /** requests per address and per token, counted before a body is read (request-rate.ts) */
  requestRate: RequestRateSettings;
}

export const DEFAULT_BUDGETS: Record<ViewerKind, number> = {
  anonymous: 1_000,
  user: 5_000,
  partner: 50_000,
  staff: 50_000,
};

/** CREDENCE_BUDGET_<KIND>, CREDENCE_BUDGET_WINDOW_SECONDS, REDIS_URL, CREDENCE_BUDGET_KEY_PREFIX, CREDENCE_TRUST_PROXY, CREDENCE_RATE_*. */
export function budgetSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BudgetSettings {
  const points = Object.fromEntries(
    VIEWER_KINDS.map((kind) => [
      kind,
      positiveIntegerFromEnv(env, `CREDENCE_BUDGET_${kind.toUpperCase()}`, DEFAULT_BUDGETS[kind]),
    ]),
  ) as Record<ViewerKind, number>;
  return {
    points,
    windowSeconds: positiveIntegerFromEnv(env, 'CREDENCE_BUDGET_WINDOW_SECONDS', 60),
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.CREDENCE_BUDGET_KEY_PREFIX || 'credence:budget',
    trustProxy: !env.CREDENCE_TRUST_PROXY
      ? undefined
      : /^\d+$/.test(env.CREDENCE_TRUST_PROXY)
        ? Number(env.CREDENCE_TRUST_PROXY)
        : env.CREDENCE_TRUST_PROXY,
    requestRate: requestRateFromEnv(env),
  };
}

/** What the budget needs from the gateway's request context. */
export interface BudgetedContext {
  viewer: Viewer;
  /** the caller's address: the budget of anonymous callers */
  clientAddress: string;
}

/** Who pays: each user, partner and staff member has a budget of their own; anonymous callers one per address. */
export function budgetKey({ viewer, clientAddress }: BudgetedContext): string {
  return viewerId(viewer) ?? clientAddress;
}

/** Spends points from the budget of the context's viewer; when it cannot, spends nothing and says when to retry. */
export type SpendBudget = (
  context: BudgetedContext,
  points: number,
) => Promise<{ spent: boolean; retryAfterSeconds: number }>;

type Limiter = RateLimiterMemory | RateLimiterRedis;

function limitersFor(settings: BudgetSettings, redis: Redis | undefined): Record<ViewerKind, Limiter> {
  return Object.fromEntries(
    VIEWER_KINDS.map((kind) => {
      const options = {
        points: settings.points[kind],
        duration: settings.windowSeconds,
        keyPrefix: `${settings.keyPrefix}:${kind}`,
      };
      const memory = new RateLimiterMemory(options);
      const limiter = redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
      return [kind, limiter];
    }),
  ) as Record<ViewerKind, Limiter>;
}

interface Charge {
  kind: ViewerKind;
  /** whose budget it is (budgetKey), settled against the same key */
  key: string;
  requested: number;
  /** records the operation writes, charged whatever it answers (recordsWritten) */
  written: number;
  state: RateLimiterRes;
  refused: boolean;
}

type OperationContext = GraphQLRequestContextDidResolveOperation<BudgetedContext>;

const budgetError = (code: string, message: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Per-viewer cost budgets, as partner APIs meter them (GitHub's points, Shopify's
 * calculated cost): the requested cost of each operation is reserved from its viewer's
 * budget before it runs, a request the budget cannot cover is refused with 429 and
 * RATE_LIMITED, and once answered the charge is settled at the actual cost (settle). Every
 * answer carries `extensions.cost` and the IETF draft's RateLimit and RateLimit-Policy
 * headers. Counters live in Redis when configured (replicas share them).
 */
export async function costBudgetPlugin(
  settings: BudgetSettings,
): Promise<{ plugin: ApolloServerPlugin<BudgetedContext>; spend: SpendBudget }> {
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl) : undefined;
  const limiters = limitersFor(settings, redis);

  /** Spends from a viewer's budget outside GraphQL (a furnishing file as it arrives): all of it, or nothing. */
  const spend: SpendBudget = async (context, points) => {
    const limiter = limiters[context.viewer.kind];
    const key = budgetKey(context);
    try {
      await limiter.consume(key, points);
      return { spent: true, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const state = await limiter.reward(key, points);
      return { spent: false, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) };
    }
  };

  /**
   * Settles a charge at the actual cost, atomically per step: an estimate too high is
   * given back; one too low is consumed only if the budget covers it (the counter's
   * increment checks and counts at once, in Redis as in memory). A query whose answer
   * the budget cannot cover is withheld, having cost its estimate, so concurrent
   * requests never spend past the budget, whatever their estimates missed. A mutation's
   * effects are done: its excess is charged as it stands.
   */
  const settle = async (
    charge: Charge,
    actual: number,
    isMutation: boolean,
  ): Promise<{ actual: number; withheld: boolean }> => {
    const difference = actual - charge.requested;
    const limiter = limiters[charge.kind];
    if (difference < 0) charge.state = await limiter.reward(charge.key, -difference);
    if (difference > 0 && isMutation) charge.state = await limiter.penalty(charge.key, difference);
    if (difference > 0 && !isMutation) {
      try {
        charge.state = await limiter.consume(charge.key, difference);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        charge.state = await limiter.reward(charge.key, difference);
        charge.refused = true;
        return { actual: charge.requested, withheld: true };
      }
    }
    return { actual, withheld: false };
  };

  /** The answer of a query its budget could not cover: no data, RATE_LIMITED, 429 (report adds Retry-After). */
  const withhold = (
    { response }: GraphQLRequestContextWillSendResponse<BudgetedContext>,
    charge: Charge,
    returned: number,
  ) => {
    if (response.body.kind !== 'single') return;
    const wait = Math.ceil(charge.state.msBeforeNext / 1000);
    const message = `Cost budget spent: this answer holds ${returned} points, more than the budget has left; try again in ${wait} s or ask for fewer items.`;
    response.body.singleResult = { errors: [{ message, extensions: { code: ErrorCode.RATE_LIMITED } }] };
    response.http.status = 429;
  };

  const report = (
    charge: Charge,
    actual: number,
    { response }: GraphQLRequestContextWillSendResponse<BudgetedContext>,
  ) => {
    const maximum = settings.points[charge.kind];
    const available = Math.max(0, Math.min(maximum, charge.state.remainingPoints));
    const resetsIn = Math.ceil(charge.state.msBeforeNext / 1000);
    response.http.headers.set('ratelimit-policy', `"${charge.kind}";q=${maximum};w=${settings.windowSeconds}`);
    response.http.headers.set('ratelimit', `"${charge.kind}";r=${available};t=${resetsIn}`);
    if (charge.refused) response.http.headers.set('retry-after', String(resetsIn));
    if (response.body.kind !== 'single') return;
    response.body.singleResult.extensions = {
      ...response.body.singleResult.extensions,
      cost: {
        requestedQueryCost: charge.requested,
        actualQueryCost: actual,
        throttleStatus: {
          maximumAvailable: maximum,
          currentlyAvailable: available,
          windowSeconds: settings.windowSeconds,
          resetsInSeconds: resetsIn,
        },
      },
    };
  };

  /** Charges the requested cost before the operation runs; a refused charge comes back marked, having cost nothing. */
  const charge = async ({
    contextValue,
    document,
    operation,
    request,
    schema,
  }: OperationContext): Promise<Charge | null> => {
    if (!operation) return null;
    const written = recordsWritten(operation, request.variables ?? {});
    const requested = requestedCost(schema, operation, fragmentsOf(document), request.variables ?? {}) + written;
    const kind = contextValue.viewer.kind;
    if (requested > settings.points[kind]) {
      const message = `This operation costs ${requested} points, more than a whole budget of ${settings.points[kind]}: ask for fewer items.`;
      throw budgetError(ErrorCode.MAX_COST_EXCEEDED, message, 400);
    }
    const key = budgetKey(contextValue);
    try {
      return { kind, key, requested, written, state: await limiters[kind].consume(key, requested), refused: false };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // A refused request costs nothing: give back what the attempt counted.
      return { kind, key, requested, written, state: await limiters[kind].reward(key, requested), refused: true };
    }
  };

  const plugin: ApolloServerPlugin<BudgetedContext> = {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await redis?.quit();
        },
      };
    },
    async requestDidStart() {
      // Another plugin may refuse the operation while it is being charged: the answer settles the charge all the same.
      let charging: Promise<Charge | null> | undefined;
      return {
        async didResolveOperation(requestContext) {
          charging = charge(requestContext);
          const charged = await charging;
          if (!charged?.refused) return;
          const wait = Math.ceil(charged.state.msBeforeNext / 1000);
          throw budgetError(
            ErrorCode.RATE_LIMITED,
            `Cost budget spent: this operation costs ${charged.requested} points; try again in ${wait} s.`,
            429,
          );
        },
        async willSendResponse(requestContext) {
          const charged = await charging?.catch(() => null);
          if (!charged) return;
          const { response } = requestContext;
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          if (charged.refused) return report(charged, 0, requestContext);
          const actual = actualCost(data, introspectionKeys(requestContext.operation)) + charged.written;
          const settled = await settle(charged, actual, requestContext.operation?.operation === 'mutation');
          if (settled.withheld) withhold(requestContext, charged, actual);
          report(charged, settled.actual, requestContext);
        },
      };
    },
  };
  return { plugin, spend };
}

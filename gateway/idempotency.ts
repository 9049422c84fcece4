import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server';
import { FormattedExecutionResult } from 'graphql';
import { ErrorCode } from '../shared/errors';
import { callSubgraph, SubgraphUrls } from '../shared/trust/internal-client';
import { Viewer } from '../shared/trust/viewer';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
const POLL_MS = 100;
/** How long a retry waits for the first request with its key to be answered before it is told to try again. */
const WAIT_MS = 30_000;

const CLAIM = `mutation Claim($key: String!, $fingerprint: String!) {
  claimIdempotencyKey(key: $key, fingerprint: $fingerprint) { outcome response httpStatus }
}`;
const SETTLE = `mutation Settle($key: String!, $response: String, $httpStatus: Int) {
  settleIdempotencyKey(key: $key, response: $response, httpStatus: $httpStatus)
}`;

interface Claim {
  outcome: 'CLAIMED' | 'REPLAY' | 'MISMATCH' | 'IN_PROGRESS';
  response: string | null;
  httpStatus: number | null;
}

interface IdempotentContext {
  viewer: Viewer;
  requestId: string;
}

/** The same operation, name and variables give the same fingerprint, whatever the order of the variables' keys. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  return value;
}

export function requestFingerprint(
  query: string,
  operationName: string | null | undefined,
  variables: unknown,
): string {
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, canonical(variables ?? {})]))
    .digest('hex');
}

function answer(
  status: number,
  result: FormattedExecutionResult,
  headers: Record<string, string> = {},
): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap(Object.entries(headers)) },
    body: { kind: 'single', singleResult: result },
  };
}

const refusal = (status: number, code: ErrorCode, message: string) =>
  answer(status, { errors: [{ message, extensions: { code } }] });

/**
 * `Idempotency-Key` on a mutation, as payment APIs honour it: the first request with a key
 * runs and its answer is kept a day; a retry with the same key and the same operation and
 * variables gets that answer again (`Idempotent-Replayed: true`) and changes nothing; the
 * same key with another request is 422 IDEMPOTENCY_KEY_REUSED. Requests sent at once with
 * one key run once: the others wait for the first answer. Keys are each viewer's own and
 * kept by the consent subgraph, so every gateway replica sees them. A server failure lets
 * the key go, so that a retry runs again.
 */
export function idempotencyPlugin(subgraphUrls: SubgraphUrls): ApolloServerPlugin<IdempotentContext> {
  const call = <T>(context: IdempotentContext, query: string, variables: Record<string, unknown>) =>
    callSubgraph<T>(subgraphUrls, 'consent', 'gateway', context.viewer, query, variables, {
      requestId: context.requestId,
    });

  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (key === undefined) return;
      let claimed = false;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (operation.operation !== 'mutation' || contextValue.viewer.kind === 'anonymous') return null;
          if (!KEY_FORMAT.test(key)) {
            return refusal(400, ErrorCode.BAD_USER_INPUT, 'An Idempotency-Key is 1 to 255 visible ASCII characters.');
          }
          const fingerprint = requestFingerprint(request.query ?? '', request.operationName, request.variables);
          for (const deadline = Date.now() + WAIT_MS; ;) {
            const { claimIdempotencyKey: claim } = await call<{ claimIdempotencyKey: Claim }>(contextValue, CLAIM, {
              key,
              fingerprint,
            });
            if (claim.outcome === 'CLAIMED') {
              claimed = true;
              return null;
            }
            if (claim.outcome === 'REPLAY') {
              return answer(claim.httpStatus ?? 200, JSON.parse(claim.response ?? '{}') as FormattedExecutionResult, {
                [IDEMPOTENT_REPLAYED_HEADER]: 'true',
              });
            }
            if (claim.outcome === 'MISMATCH') {
              return refusal(
                422,
                ErrorCode.IDEMPOTENCY_KEY_REUSED,
                'This Idempotency-Key was used with another request: use a new key for each new request.',
              );
            }
            if (Date.now() > deadline) {
              return refusal(
                409,
                ErrorCode.IDEMPOTENCY_KEY_IN_USE,
                'A request with this Idempotency-Key is still being answered: retry shortly.',
              );
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!claimed || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const status = response.http.status ?? 200;
          const failed =
            status >= 500 || (errors ?? []).some((error) => error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
          const kept = failed ? null : JSON.stringify(errors ? { data, errors } : { data });
          await call(contextValue, SETTLE, { key, response: kept, httpStatus: failed ? null : status });
        },
      };
    },
  };
}

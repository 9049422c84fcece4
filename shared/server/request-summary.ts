import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { isSpanContextValid, trace } from '@opentelemetry/api';

/** ok: no error; partial: data with errors (a denied field, say); failed: no data at all. */
export type RequestOutcome = 'ok' | 'partial' | 'failed';

/** What the metrics and the request log say of one GraphQL request: no data, no variables, no messages. */
export interface RequestSummary {
  operation: string;
  outcome: RequestOutcome;
  /** each distinct `extensions.code` of the response's errors */
  codes: string[];
  requestId: string | null;
  viewerKind: string;
  /** a business, not a person: named so that a suspended partner's refused reads can be found */
  partnerId: string | null;
}

interface ViewerLike {
  kind?: unknown;
  partnerId?: unknown;
}

export function summarizeRequest(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>): RequestSummary {
  const { response, operationName, operation } = requestContext;
  const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
  const errors = result.errors ?? [];
  const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))].sort();
  const outcome: RequestOutcome = errors.length === 0 ? 'ok' : result.data ? 'partial' : 'failed';
  const context = requestContext.contextValue as { requestId?: unknown; viewer?: ViewerLike };
  const viewer = context.viewer ?? {};
  return {
    operation: operationName ?? (operation ? 'anonymous' : 'unknown'),
    outcome,
    codes,
    requestId: typeof context.requestId === 'string' ? context.requestId : null,
    viewerKind: typeof viewer.kind === 'string' ? viewer.kind : 'unknown',
    partnerId: viewer.kind === 'partner' && typeof viewer.partnerId === 'string' ? viewer.partnerId : null,
  };
}

/** A request refused before it had a context (a bad bearer token): nothing is known of it but the code. */
export function summarizeRefusal(error: Error): RequestSummary {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return {
    operation: 'unknown',
    outcome: 'failed',
    codes: [typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR'],
    requestId: null,
    viewerKind: 'unknown',
    partnerId: null,
  };
}

/** What is told of each request: its summary, how long it took (null when refused before it ran) and its trace. */
export type RequestObserver = (summary: RequestSummary, durationMs: number | null, traceId?: string) => void;

/**
 * One timer and one summary per request, handed to every observer (the metrics and
 * the request log), so a request is summarized once however many watch it.
 */
export function observeRequests(observers: RequestObserver[]): ApolloServerPlugin<BaseContext> {
  const tell = (summary: RequestSummary, durationMs: number | null, traceId?: string) => {
    for (const observe of observers) observe(summary, durationMs, traceId);
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      const span = trace.getActiveSpan()?.spanContext();
      const traceId = span && isSpanContextValid(span) ? span.traceId : undefined;
      return {
        async willSendResponse(requestContext) {
          tell(summarizeRequest(requestContext), performance.now() - started, traceId);
        },
      };
    },
    async contextCreationDidFail({ error }) {
      tell(summarizeRefusal(error), null);
    },
  };
}

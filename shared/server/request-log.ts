import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import { logEvent } from './log';
import { RequestSummary, summarizeRefusal, summarizeRequest } from './request-summary';

function logCompleted(server: string, summary: RequestSummary, durationMs: number | null, traceId?: string): void {
  const { codes, requestId, partnerId, ...rest } = summary;
  logEvent(
    'request.completed',
    { server, ...rest, requestId: requestId ?? undefined, partnerId: partnerId ?? undefined, durationMs: durationMs ?? undefined, codes: codes.length ? codes : undefined, traceId },
    summary.outcome === 'failed' && codes.includes('INTERNAL_SERVER_ERROR') ? 'error' : 'info',
  );
}

/**
 * One log line per GraphQL request, with the request id the gateway minted, so one
 * client request can be followed through every subgraph it reached.
 */
export function requestLogPlugin(server: string): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      const span = trace.getActiveSpan()?.spanContext();
      const traceId = span && isSpanContextValid(span) ? span.traceId : undefined;
      return {
        async willSendResponse(requestContext) {
          logCompleted(server, summarizeRequest(requestContext), Math.round((performance.now() - started) * 10) / 10, traceId);
        },
      };
    },
    async contextCreationDidFail({ error }) {
      logCompleted(server, summarizeRefusal(error), null);
    },
  };
}

import { logEvent } from './log';
import { RequestObserver } from './request-summary';

/**
 * One log line per GraphQL request, with the request id the gateway minted, so one
 * client request can be followed through every subgraph it reached.
 */
export function requestLogger(server: string): RequestObserver {
  return (summary, durationMs, traceId) => {
    const { codes, requestId, partnerId, ...rest } = summary;
    logEvent(
      'request.completed',
      {
        server,
        ...rest,
        requestId: requestId ?? undefined,
        partnerId: partnerId ?? undefined,
        durationMs: durationMs === null ? undefined : Math.round(durationMs * 10) / 10,
        codes: codes.length ? codes : undefined,
        traceId,
      },
      summary.outcome === 'failed' && codes.includes('INTERNAL_SERVER_ERROR') ? 'error' : 'info',
    );
  };
}

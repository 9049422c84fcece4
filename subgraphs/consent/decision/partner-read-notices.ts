import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Notice } from '../feed/feed-lines';

/**
 * One notice per partner read event, allowed or refused. Its source is the event's key
 * (request, subject), the same key the access log merges a request's batches on, so
 * the second and third batch of a request add nothing to the feed. Own reads and
 * staff's are in the access log only: the feed is for what others did.
 */
export function partnerReadNotices(events: AccessLogEntry[]): Notice[] {
  return events
    .filter((event) => event.viewerKind === 'PARTNER')
    .map((event) => ({
      subjectId: event.subjectId,
      kind: 'PARTNER_READ',
      sourceKey: `read:${event.requestId}:${event.subjectId}`,
      occurredAt: event.occurredAt,
      partnerId: event.viewerId,
      readRequestId: event.requestId,
    }));
}

import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Statement, upsertStatements, writeTogether } from '../../../shared/store/upsert';
import { Notification, NotificationKind } from '../entities/Notification';

/** What causes one line in a consumer's feed; `sourceKey` names the cause, once per cause. */
export interface Notice {
  subjectId: string;
  kind: NotificationKind;
  sourceKey: string;
  occurredAt: Date;
  partnerId?: string | null;
  consentId?: string | null;
  consentRequestId?: string | null;
  disputeId?: string | null;
  readRequestId?: string | null;
  detail?: Record<string, string> | null;
}

/**
 * Adds notices to their consumers' feeds inside the caller's transaction, so a notice
 * exists exactly when the event it tells of does. One statement whatever the count; a
 * notice whose source is already in the feed is ignored (insert or ignore on the
 * unique source key), so a batch that adds to a read event, a retried delivery or a
 * repeated sweep never writes a second line. Any consent-subgraph code may call it.
 */
export async function addFeedLines(manager: EntityManager, notices: Notice[]): Promise<void> {
  await writeTogether(manager, feedLinesInsert(manager, notices));
}

/** The insert-or-ignore of `addFeedLines`, for a caller that writes it together with its event (see writeTogether). */
export function feedLinesInsert(manager: EntityManager, notices: Notice[]): Statement[] {
  const rows = notices.map((notice) =>
    Object.assign(new Notification(), {
      id: randomUUID(),
      subjectId: notice.subjectId,
      kind: notice.kind,
      sourceKey: notice.sourceKey,
      occurredAt: notice.occurredAt,
      readAt: null,
      partnerId: notice.partnerId ?? null,
      consentId: notice.consentId ?? null,
      consentRequestId: notice.consentRequestId ?? null,
      disputeId: notice.disputeId ?? null,
      readRequestId: notice.readRequestId ?? null,
      detail: notice.detail ?? null,
    }),
  );
  return upsertStatements(manager, Notification, rows, '("source_key") DO NOTHING');
}

import { DataSource } from 'typeorm';
import { DisputeFurnisherFacts, DISPUTE_NOTICE_SENDER } from '../../../shared/consent/dispute-notice';
import { forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { withSubjectLocked } from '../subject-lock';
import { ErasureRequest } from '../entities/ErasureRequest';
import { Notification } from '../entities/Notification';
import { addFeedLines } from '../feed/feed-lines';
import { queueWebhookEvents, WebhookEventType } from '../webhooks/webhook-events';

/** Only credit-history's outbox records dispute notices; the gateway never forwards the field. */
export function requireDisputeNoticeCaller(caller: string): void {
  if (caller !== DISPUTE_NOTICE_SENDER) throw forbidden('Only the credit-history subgraph records dispute notices.');
}

export interface DisputeNoticeInput {
  id: string;
  subjectId: string;
  disputeId: string;
  status: string;
  occurredAt: Date;
  furnisher?: (Omit<DisputeFurnisherFacts, 'accountReference'> & { accountReference?: string | null }) | null;
}

/** What the furnisher of a disputed record is told, by the dispute's new status; it answered the others itself. */
const FURNISHER_WEBHOOKS: Partial<Record<string, WebhookEventType>> = {
  OPEN: 'dispute.opened',
  EXPIRED: 'dispute.expired',
};

/**
 * Adds a dispute's change of state to its consumer's feed and, for a furnished record,
 * queues its furnisher's webhook (dispute.opened, dispute.expired): once per notice
 * whatever the outbox retries (the notice id is the feed line's source key, looked up
 * under the lock before anything is written). A notice that arrives after the
 * consumer deleted their account is dropped: there is no feed to add it to, and the
 * dispute went with the account. The check and the writes hold the subject's lock, as
 * erasure does, so an erasure either deletes this line with the rest of the feed or is
 * seen here. The feed line names the furnisher (its partner), so its sentence can.
 */
export async function recordDisputeNotice(dataSource: DataSource, notice: DisputeNoticeInput): Promise<void> {
  const subjectId = requireWellFormedId(notice.subjectId, 'subjectId');
  const disputeId = requireWellFormedId(notice.disputeId, 'disputeId');
  const sourceKey = `dispute:${requireWellFormedId(notice.id)}`;
  const furnisher = notice.furnisher ?? null;
  await withSubjectLocked(dataSource, subjectId, async (manager) => {
    if (await manager.getRepository(ErasureRequest).existsBy({ subjectId })) return;
    if (await manager.getRepository(Notification).existsBy({ sourceKey })) return;
    await addFeedLines(manager, [
      {
        subjectId,
        kind: 'DISPUTE_UPDATED',
        sourceKey,
        occurredAt: notice.occurredAt,
        disputeId,
        partnerId: furnisher ? requireWellFormedId(furnisher.partnerId, 'partnerId') : null,
        detail: furnisher ? { status: notice.status, deadline: furnisher.deadline } : { status: notice.status },
      },
    ]);
    const webhook = furnisher && FURNISHER_WEBHOOKS[notice.status];
    if (!furnisher || !webhook) return;
    const { partnerId, accountReference, ...record } = furnisher;
    await queueWebhookEvents(manager, webhook, [
      {
        partnerId,
        at: notice.occurredAt,
        data: { disputeId, subjectId, status: notice.status, accountReference: accountReference ?? null, ...record },
      },
    ]);
  });
}

import { DataSource } from 'typeorm';
import { DisputeFurnisherFacts, DISPUTE_NOTICE_SENDER } from '../../../shared/consent/dispute-notice';
import { requireWellFormedId } from '../../../shared/ids';
import { queueWebhookEvents, WebhookEventType } from '../webhooks/webhook-events';
import { recordPeerNotice, requireNoticeSender } from './peer-notices';

/** Only credit-history's outbox records dispute notices; the gateway never forwards the field. */
export function requireDisputeNoticeCaller(caller: string): void {
  requireNoticeSender(caller, DISPUTE_NOTICE_SENDER, 'dispute notices');
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
 * queues its furnisher's webhook (dispute.opened, dispute.expired), once per notice
 * (see recordPeerNotice). The feed line names the furnisher (its partner), so its
 * sentence can.
 */
export async function recordDisputeNotice(dataSource: DataSource, notice: DisputeNoticeInput): Promise<void> {
  const subjectId = requireWellFormedId(notice.subjectId, 'subjectId');
  const disputeId = requireWellFormedId(notice.disputeId, 'disputeId');
  const furnisher = notice.furnisher ?? null;
  const webhook = furnisher && FURNISHER_WEBHOOKS[notice.status];
  await recordPeerNotice(
    dataSource,
    notice.id,
    {
      subjectId,
      kind: 'DISPUTE_UPDATED',
      sourcePrefix: 'dispute',
      occurredAt: notice.occurredAt,
      disputeId,
      partnerId: furnisher ? requireWellFormedId(furnisher.partnerId, 'partnerId') : null,
      detail: furnisher ? { status: notice.status, deadline: furnisher.deadline } : { status: notice.status },
    },
    furnisher && webhook
      ? async (manager) => {
          const { partnerId, accountReference, ...record } = furnisher;
          await queueWebhookEvents(manager, webhook, [
            {
              partnerId,
              at: notice.occurredAt,
              data: {
                disputeId,
                subjectId,
                status: notice.status,
                accountReference: accountReference ?? null,
                ...record,
              },
            },
          ]);
        }
      : undefined,
  );
}

import { DataSource } from 'typeorm';
import { DisputeEvent, DisputeFurnisherFacts, DISPUTE_NOTICE_SENDER } from '../../../shared/consent/dispute-notice';
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
  event?: string | null;
  deadline?: string | null;
  deadlineExtended?: boolean | null;
  accountKind?: string | null;
  dueOn?: string | null;
}

/**
 * What the furnisher of a disputed record is told, by the dispute's new status or its
 * event; it answered the others itself, and put a record back itself (RECORD_REINSTATED).
 */
const FURNISHER_WEBHOOKS: Partial<Record<string, WebhookEventType>> = {
  OPEN: 'dispute.opened',
  EXPIRED: 'dispute.expired',
  INFORMATION_ADDED: 'dispute.information_added',
};

const EVENTS: readonly DisputeEvent[] = ['INFORMATION_ADDED', 'RECORD_REINSTATED'];

/** The feed line's facts: the status, and an event's own (its sentence is made when the feed is read). */
function lineDetail(notice: DisputeNoticeInput, event: DisputeEvent | null): Record<string, string> {
  const detail: Record<string, string> = { status: notice.status };
  if (notice.furnisher) detail.deadline = notice.furnisher.deadline;
  if (!event) return detail;
  detail.event = event;
  if (event === 'INFORMATION_ADDED') {
    detail.deadline = notice.deadline ?? detail.deadline ?? '';
    detail.deadlineExtended = String(notice.deadlineExtended === true);
  } else {
    detail.accountKind = notice.accountKind ?? '';
    detail.dueOn = notice.dueOn ?? '';
  }
  return detail;
}

/**
 * Adds a dispute's change of state, or event, to its consumer's feed and, for a furnished
 * record, queues its furnisher's webhook (dispute.opened, dispute.information_added,
 * dispute.expired), once per notice
 * (see recordPeerNotice). The feed line names the furnisher (its partner), so its
 * sentence can.
 */
export async function recordDisputeNotice(dataSource: DataSource, notice: DisputeNoticeInput): Promise<void> {
  const subjectId = requireWellFormedId(notice.subjectId, 'subjectId');
  const disputeId = requireWellFormedId(notice.disputeId, 'disputeId');
  const furnisher = notice.furnisher ?? null;
  const event = EVENTS.find((known) => known === notice.event) ?? null;
  if (notice.event != null && !event) throw new Error(`unknown dispute event ${notice.event}`);
  const webhook = furnisher && FURNISHER_WEBHOOKS[event ?? notice.status];
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
      detail: lineDetail(notice, event),
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
                ...(event === 'INFORMATION_ADDED' ? { deadlineExtended: notice.deadlineExtended === true } : {}),
              },
            },
          ]);
        }
      : undefined,
  );
}

import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  DisputeEvent,
  DisputeFurnisherFacts,
  DisputeNotice as Notice,
  DISPUTE_NOTICE_SENDER,
  RECORD_DISPUTE_NOTICE,
} from '../../../shared/consent/dispute-notice';
import { SubgraphDatabase } from '../../../shared/store/database';
import { dueNow } from '../../../shared/store/outbox-item';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { startFeedNoticeDispatcher } from '../../../shared/consent/feed-notice-dispatcher';
import type { Dispute, DisputeStatus } from '../entities/Dispute';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditRecord } from '../entities/CreditRecord';
import { DisputeEventFacts, DisputeNotice } from '../entities/DisputeNotice';

type NoticeFacts = Pick<Dispute, 'id' | 'userId' | 'recordId' | 'reason' | 'deadline' | 'furnisherId'>;

/** An event that changes no status (see DisputeEvent), with its facts. */
export interface NoticeEvent {
  event: DisputeEvent;
  facts: DisputeEventFacts;
}

/** What the furnisher of a furnished record is told, from the record and account the caller holds. */
export const furnisherFactsOf = (
  dispute: NoticeFacts & { furnisherId: string },
  record: Pick<CreditRecord, 'id' | 'dueOn'>,
  accountReference: string | null,
): DisputeFurnisherFacts => ({
  partnerId: dispute.furnisherId,
  recordId: record.id,
  accountReference,
  dueOn: record.dueOn,
  reason: dispute.reason,
  deadline: dispute.deadline.toISOString(),
});

/** What the furnisher of a disputed record is told: its record as it knows it (its account reference, the due date). */
async function furnisherFacts(manager: EntityManager, dispute: NoticeFacts): Promise<DisputeFurnisherFacts | null> {
  if (dispute.furnisherId === null) return null;
  const record = await manager.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
  const account = await manager.getRepository(CreditAccount).findOneBy({ id: record.accountId });
  return furnisherFactsOf({ ...dispute, furnisherId: dispute.furnisherId }, record, account?.accountReference ?? null);
}

/** One notice row: a dispute's new status (or, with `event`, what happened to it), and what its furnisher is told. */
export const disputeNoticeRow = (
  dispute: Pick<Dispute, 'id' | 'userId'>,
  status: DisputeStatus,
  now: Date,
  furnisher: DisputeFurnisherFacts | null,
  event: NoticeEvent | null = null,
): DisputeNotice =>
  Object.assign(new DisputeNotice(), {
    id: randomUUID(),
    userId: dispute.userId,
    disputeId: dispute.id,
    disputeStatus: status,
    occurredAt: now,
    furnisher,
    event: event?.event ?? null,
    eventFacts: event?.facts ?? null,
    ...dueNow(),
  });

/**
 * Queues the notice of a dispute's new state (or event), inside the transaction that changed it:
 * the consumer's feed line and, for a furnished record, what its furnisher is told.
 */
export async function queueDisputeNotice(
  manager: EntityManager,
  dispute: NoticeFacts,
  status: DisputeStatus,
  now: Date,
  event: NoticeEvent | null = null,
): Promise<void> {
  const furnisher = await furnisherFacts(manager, dispute);
  await manager.getRepository(DisputeNotice).insert(disputeNoticeRow(dispute, status, now, furnisher, event));
}

/**
 * Every credit-history replica delivers the notice outbox to the consent subgraph's feed
 * (CREDENCE_DISPUTE_NOTICE_POLL_MS, default 1 s). Returns the function that stops it.
 */
export function startDisputeNoticeDispatcher(database: SubgraphDatabase, peers: SubgraphUrls, intervalMs?: number) {
  return startFeedNoticeDispatcher(
    database,
    peers,
    {
      entity: DisputeNotice,
      name: 'dispute notice',
      pollSetting: 'CREDENCE_DISPUTE_NOTICE_POLL_MS',
      sender: DISPUTE_NOTICE_SENDER,
      mutation: RECORD_DISPUTE_NOTICE,
      notice: (row): Notice => ({
        id: row.id,
        subjectId: row.userId,
        disputeId: row.disputeId,
        status: row.disputeStatus,
        occurredAt: row.occurredAt.toISOString(),
        furnisher: row.furnisher,
        event: row.event,
        ...row.eventFacts,
      }),
    },
    intervalMs,
  );
}

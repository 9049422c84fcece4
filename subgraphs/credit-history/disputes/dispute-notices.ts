import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
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
import { DisputeNotice } from '../entities/DisputeNotice';

type NoticeFacts = Pick<Dispute, 'id' | 'userId' | 'recordId' | 'reason' | 'deadline' | 'furnisherId'>;

/** What the furnisher of a disputed record is told: its record as it knows it (its account reference, the due date). */
async function furnisherFacts(manager: EntityManager, dispute: NoticeFacts): Promise<DisputeFurnisherFacts | null> {
  if (dispute.furnisherId === null) return null;
  const record = await manager.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
  const account = await manager.getRepository(CreditAccount).findOneBy({ id: record.accountId });
  return {
    partnerId: dispute.furnisherId,
    recordId: record.id,
    accountReference: account?.accountReference ?? null,
    dueOn: record.dueOn,
    reason: dispute.reason,
    deadline: dispute.deadline.toISOString(),
  };
}

/**
 * Queues the notice of a dispute's new state, inside the transaction that changed it:
 * the consumer's feed line and, for a furnished record, what its furnisher is told.
 */
export async function queueDisputeNotice(
  manager: EntityManager,
  dispute: NoticeFacts,
  status: DisputeStatus,
  now: Date,
): Promise<void> {
  const furnisher = await furnisherFacts(manager, dispute);
  await manager.getRepository(DisputeNotice).insert(
    Object.assign(new DisputeNotice(), {
      id: randomUUID(),
      userId: dispute.userId,
      disputeId: dispute.id,
      disputeStatus: status,
      occurredAt: now,
      furnisher,
      ...dueNow(),
    }),
  );
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
      }),
    },
    intervalMs,
  );
}

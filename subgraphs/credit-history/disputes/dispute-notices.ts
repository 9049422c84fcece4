import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  DisputeNotice as Notice,
  DISPUTE_NOTICE_SENDER,
  RECORD_DISPUTE_NOTICE,
} from '../../../shared/consent/dispute-notice';
import { SubgraphDatabase } from '../../../shared/store/database';
import { dueNow } from '../../../shared/store/outbox-item';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { startFeedNoticeDispatcher } from '../../../shared/consent/feed-notice-dispatcher';
import type { Dispute, DisputeStatus } from '../entities/Dispute';
import { DisputeNotice } from '../entities/DisputeNotice';

/** Queues the consumer's notice of a dispute's new state, inside the transaction that changed it. */
export async function queueDisputeNotice(
  manager: EntityManager,
  dispute: Pick<Dispute, 'id' | 'userId'>,
  status: DisputeStatus,
  now: Date,
): Promise<void> {
  await manager.getRepository(DisputeNotice).insert(
    Object.assign(new DisputeNotice(), {
      id: randomUUID(),
      userId: dispute.userId,
      disputeId: dispute.id,
      disputeStatus: status,
      occurredAt: now,
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
      }),
    },
    intervalMs,
  );
}

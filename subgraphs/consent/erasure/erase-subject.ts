import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { eraseMutationFor, ERASURE_TARGETS, ErasureTarget } from './erasure-targets';
import { callSubgraph, SubgraphUrls } from '../../../shared/trust/internal-client';
import { withSubjectLocked } from '../subject-lock';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ConsentRequest } from '../entities/ConsentRequest';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ErasureTask } from '../entities/ErasureTask';
import { ThresholdQuota } from '../entities/ThresholdQuota';
import { ConsentReceipt } from '../entities/ConsentReceipt';
import { recordConsentChange } from '../consents/record-consent-change';
import { FileFreeze } from '../entities/FileFreeze';
import { Notification } from '../entities/Notification';
import { wholeNumberFromEnv } from '../../../shared/env';

// callSubgraph gives up after 10 s, well within the outbox's 30 s for one delivery.
const erasureOutbox = (database: SubgraphDatabase) => new Outbox(database.dataSource, ErasureTask);

const sendErasure = (peers: SubgraphUrls) => async (task: ErasureTask) => {
  const target = task.subgraph as ErasureTarget;
  await callSubgraph(peers, target, 'consent', { kind: 'anonymous' }, eraseMutationFor(target), { subjectId: task.subjectId });
};

/**
 * Step one, in one transaction under the subject's lock (so no grant slips in): tell
 * the partners (`subject.erased`, one per consent they held), revoke every consent (so no partner reads during the erasure), cut this subgraph's own
 * records loose from the subject (the access log and consent requests keep what happened, not to whom, nor
 * staff's free-text reasons; the signed receipts, which name the subject, go), and queue the other subgraphs' erasure in the outbox,
 * claimed by this caller. Returns the tasks to deliver, none if the subject had
 * already asked.
 */
export async function requestErasure(database: SubgraphDatabase, subjectId: string, now = new Date()) {
  return withSubjectLocked(database.dataSource, subjectId, async (manager) => {
    const existing = await manager.getRepository(ErasureRequest).findOneBy({ subjectId });
    if (existing) return { request: existing, claimed: [] };
    // Every partner that ever held a consent may hold the subject's data: each is told (Art. 19 GDPR).
    await recordConsentChange(manager, 'SUBJECT_ERASED', await manager.getRepository(Consent).findBy({ subjectId }), now);
    const revoked = await manager.getRepository(Consent).update({ subjectId, revokedAt: IsNull() }, { revokedAt: now });
    const pseudonym = randomUUID();
    await manager.getRepository(Consent).update({ subjectId }, { subjectId: pseudonym });
    // A receipt's signed claims name the subject: it cannot be pseudonymised, only deleted.
    await manager.getRepository(ConsentReceipt).delete({ subjectId });
    await manager.getRepository(AccessLogEntry).update({ subjectId }, { subjectId: pseudonym, purpose: null });
    await manager.getRepository(AccessLogEntry).update({ viewerId: subjectId }, { viewerId: null });
    // Which thresholds a partner asked about this consumer: no consent is left to answer them.
    await manager.getRepository(ThresholdQuota).delete({ subjectId });
    // Partners keep what they asked and how it was answered, not to whom: nor the address's hash or
    // their reference, which could name the person. An unanswered one is left to no one, so it expires;
    // until then it keeps counting against the partner's limit for that address, as it would for an
    // address that never was a consumer's (a limit that reset would tell the partner who had left).
    const requests = manager.getRepository(ConsentRequest);
    await requests.update({ subjectId, status: 'AWAITING_AUTHORISATION' }, { subjectId: pseudonym, reference: null });
    await requests.update({ subjectId }, { subjectId: pseudonym, emailHash: null, reference: null });
    // the alerts feed and the freeze are the subject's own, not a record of what others did: gone
    await manager.getRepository(Notification).delete({ subjectId });
    await manager.getRepository(FileFreeze).delete({ subjectId });
    const request = Object.assign(new ErasureRequest(), {
      id: randomUUID(), subjectId, consentsRevoked: revoked.affected ?? 0, requestedAt: now, completedAt: null,
    });
    await manager.getRepository(ErasureRequest).insert(request);
    const claim = erasureOutbox(database).claimedOnCreation(now);
    const claimed = ERASURE_TARGETS.map((subgraph) =>
      Object.assign(new ErasureTask(), { id: randomUUID(), requestId: request.id, subjectId, subgraph, ...claim }),
    );
    await manager.getRepository(ErasureTask).insert(claimed);
    return { request, claimed };
  });
}

/**
 * What deleteMyAccount does: queue the erasure, then deliver its tasks at once. They
 * were queued already claimed, so no dispatcher can take them in between, and the
 * answer always reflects this first attempt; the dispatchers retry what failed.
 */
export async function eraseAccount(database: SubgraphDatabase, peers: SubgraphUrls, subjectId: string): Promise<ErasureRequest> {
  const { request, claimed } = await requestErasure(database, subjectId);
  if (claimed.length === 0) return request;
  await erasureOutbox(database).deliver(claimed, sendErasure(peers));
  await completeFinishedRequests(database, [request.id]);
  return database.dataSource.getRepository(ErasureRequest).findOneByOrFail({ id: request.id });
}

/** Marks done the requests none of whose tasks is pending: one statement, safe when replicas race. */
async function completeFinishedRequests(database: SubgraphDatabase, requestIds: string[], now = new Date()): Promise<void> {
  await database.dataSource
    .createQueryBuilder()
    .update(ErasureRequest)
    .set({ completedAt: now })
    .where({ id: In(requestIds), completedAt: IsNull() })
    .andWhere('NOT EXISTS (SELECT 1 FROM erasure_task task WHERE task.request_id = erasure_request.id AND task.status = :pending)', { pending: 'PENDING' })
    .execute();
}

/**
 * Every consent replica polls the outbox (CREDENCE_ERASURE_RETRY_MS): it delivers what
 * is due, whoever queued it, including tasks a stopped replica left claimed once their
 * lease has run out. Returns the function that stops it.
 */
export function startErasureDispatcher(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_ERASURE_RETRY_MS', 2000, 'milliseconds'),
): Promise<() => Promise<void>> {
  return pollOutbox(erasureOutbox(database), {
    name: 'erasure',
    intervalMs,
    send: sendErasure(peers),
    afterBatch: (tasks) => completeFinishedRequests(database, [...new Set(tasks.map((task) => task.requestId))]),
  });
}

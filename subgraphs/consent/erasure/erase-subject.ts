import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { eraseSubjectData } from '../../../shared/store/subject-data';
import { eraseMutationFor, ERASURE_TARGETS, ErasureTarget } from './erasure-targets';
import { callSubgraph, SubgraphUrls } from '../../../shared/trust/internal-client';
import { withSubjectLocked } from '../subject-lock';
import { Consent } from '../entities/Consent';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ErasureTask } from '../entities/ErasureTask';
import { recordConsentChange } from '../consents/record-consent-change';
import { consentSubjectData } from '../subject-data';
import { wholeNumberFromEnv } from '../../../shared/env';

// callSubgraph gives up after 10 s, well within the outbox's 30 s for one delivery.
const erasureOutbox = (database: SubgraphDatabase) => new Outbox(database.dataSource, ErasureTask);

const sendErasure = (peers: SubgraphUrls) => async (task: ErasureTask) => {
  const target = task.subgraph as ErasureTarget;
  await callSubgraph(peers, target, 'consent', { kind: 'anonymous' }, eraseMutationFor(target), {
    subjectId: task.subjectId,
  });
};

/**
 * Step one, in one transaction under the subject's lock (so no grant slips in): tell
 * the partners (`subject.erased`, one per consent they held), revoke every consent (so no partner reads during the erasure), erase this subgraph's own
 * records of the subject as its data-subject contract says (subject-data.ts: the access log and consent
 * requests keep what happened, not to whom; the rest goes), and queue the other subgraphs' erasure in the outbox,
 * claimed by this caller. Returns the tasks to deliver, none if the subject had
 * already asked.
 */
export async function requestErasure(database: SubgraphDatabase, subjectId: string, now = new Date()) {
  return withSubjectLocked(database.dataSource, subjectId, async (manager) => {
    const existing = await manager.getRepository(ErasureRequest).findOneBy({ subjectId });
    if (existing) return { request: existing, claimed: [] };
    // Every partner that ever held a consent may hold the subject's data: each is told (Art. 19 GDPR).
    await recordConsentChange(
      manager,
      'SUBJECT_ERASED',
      await manager.getRepository(Consent).findBy({ subjectId }),
      now,
    );
    const revoked = await manager.getRepository(Consent).update({ subjectId, revokedAt: IsNull() }, { revokedAt: now });
    await eraseSubjectData(manager, consentSubjectData, subjectId, randomUUID());
    const request = Object.assign(new ErasureRequest(), {
      id: randomUUID(),
      subjectId,
      consentsRevoked: revoked.affected ?? 0,
      requestedAt: now,
      completedAt: null,
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
export async function eraseAccount(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  subjectId: string,
): Promise<ErasureRequest> {
  const { request, claimed } = await requestErasure(database, subjectId);
  if (claimed.length === 0) return request;
  await erasureOutbox(database).deliver(claimed, sendErasure(peers));
  await completeFinishedRequests(database, [request.id]);
  return database.dataSource.getRepository(ErasureRequest).findOneByOrFail({ id: request.id });
}

/** Marks done the requests none of whose tasks is pending: one statement, safe when replicas race. */
async function completeFinishedRequests(
  database: SubgraphDatabase,
  requestIds: string[],
  now = new Date(),
): Promise<void> {
  await database.dataSource
    .createQueryBuilder()
    .update(ErasureRequest)
    .set({ completedAt: now })
    .where({ id: In(requestIds), completedAt: IsNull() })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM erasure_task task WHERE task.request_id = erasure_request.id AND task.status = :pending)',
      { pending: 'PENDING' },
    )
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

import { randomUUID } from 'node:crypto';
import { IsNull, LessThanOrEqual } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { eraseMutationFor, ERASURE_TARGETS, ErasureTarget } from './erasure-targets';
import { callSubgraph, SubgraphUrls } from '../../../shared/trust/internal-client';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ErasureTask } from '../entities/ErasureTask';

const MAX_BACKOFF_MS = 60_000;
const dispatching = new WeakMap<SubgraphDatabase, Promise<void>>();
/**
 * Whether this process may have undelivered tasks: true at start (a crash may have
 * left some), after a new request and after a failed attempt. When false the timer
 * does not even query the store, so an idle platform sends no SQL.
 */
const mayHavePendingWork = new WeakMap<SubgraphDatabase, boolean>();

/**
 * Step one, in one transaction: revoke every consent (so no partner reads during the
 * erasure), cut this subgraph's own records loose from the subject (the access log
 * keeps what happened, not to whom, nor staff's free-text reasons), and queue the
 * other subgraphs' erasure in the outbox.
 */
export async function requestErasure(database: SubgraphDatabase, subjectId: string, now = new Date()): Promise<ErasureRequest> {
  return database.dataSource.transaction(async (manager) => {
    const existing = await manager.getRepository(ErasureRequest).findOneBy({ subjectId });
    if (existing) return existing;
    const revoked = await manager.getRepository(Consent).update({ subjectId, revokedAt: IsNull() }, { revokedAt: now });
    const pseudonym = randomUUID();
    await manager.getRepository(Consent).update({ subjectId }, { subjectId: pseudonym });
    await manager.getRepository(AccessLogEntry).update({ subjectId }, { subjectId: pseudonym, purpose: null });
    await manager.getRepository(AccessLogEntry).update({ viewerId: subjectId }, { viewerId: null });
    const request = Object.assign(new ErasureRequest(), {
      id: randomUUID(), subjectId, consentsRevoked: revoked.affected ?? 0, requestedAt: now, completedAt: null,
    });
    await manager.getRepository(ErasureRequest).insert(request);
    mayHavePendingWork.set(database, true);
    await manager.getRepository(ErasureTask).insert(
      ERASURE_TARGETS.map((subgraph) =>
        Object.assign(new ErasureTask(), {
          id: randomUUID(), requestId: request.id, subjectId, subgraph, status: 'PENDING', attempts: 0,
          lastError: null, lastAttemptAt: null, nextAttemptAt: now,
        }),
      ),
    );
    return request;
  });
}


/**
 * Step two, repeated: send every due task; a failure is retried later with growing
 * pauses. Runs one at a time per store, whether the timer or a request triggers it.
 */
export function dispatchDueErasures(database: SubgraphDatabase, peers: SubgraphUrls): Promise<void> {
  const next = (dispatching.get(database) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => dispatchOnce(database, peers, new Date()));
  dispatching.set(database, next);
  return next;
}

async function dispatchOnce(database: SubgraphDatabase, peers: SubgraphUrls, now: Date): Promise<void> {
  if (mayHavePendingWork.get(database) === false) return;
  const tasks = database.dataSource.getRepository(ErasureTask);
  const pendingBefore = await tasks.countBy({ status: 'PENDING' });
  if (pendingBefore === 0) {
    mayHavePendingWork.set(database, false);
    return;
  }
  const due = await tasks.find({ where: { status: 'PENDING', nextAttemptAt: LessThanOrEqual(now) }, order: { nextAttemptAt: 'ASC' }, take: 100 });
  for (const task of due) {
    task.attempts += 1;
    task.lastAttemptAt = new Date();
    try {
      const target = task.subgraph as ErasureTarget;
      await callSubgraph(peers, target, 'consent', { kind: 'anonymous' }, eraseMutationFor(target), { subjectId: task.subjectId });
      task.status = 'DONE';
      task.lastError = null;
    } catch (error) {
      task.lastError = (error as Error).message.slice(0, 500);
      task.nextAttemptAt = new Date(Date.now() + Math.min(MAX_BACKOFF_MS, 250 * 2 ** task.attempts));
    }
    await tasks.save(task);
  }
  await completeFinishedRequests(database, [...new Set(due.map((task) => task.requestId))]);
  if (due.every((task) => task.status === 'DONE') && due.length === pendingBefore) mayHavePendingWork.set(database, false);
}

async function completeFinishedRequests(database: SubgraphDatabase, requestIds: string[]): Promise<void> {
  for (const requestId of requestIds) {
    const pending = await database.dataSource.getRepository(ErasureTask).countBy({ requestId, status: 'PENDING' });
    if (pending === 0) {
      await database.dataSource.getRepository(ErasureRequest).update({ id: requestId, completedAt: IsNull() }, { completedAt: new Date() });
    }
  }
}

/**
 * Delivers what a previous run left undelivered, then retries on a timer; returns
 * the function that stops it.
 */
export async function startErasureDispatcher(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  intervalMs = Number(process.env.CREDENCE_ERASURE_RETRY_MS ?? 2000),
): Promise<() => Promise<void>> {
  await dispatchDueErasures(database, peers).catch((error) => {
    console.error('[credence] erasure dispatch failed:', (error as Error).message);
  });
  const timer = setInterval(() => {
    dispatchDueErasures(database, peers).catch((error) => {
      console.error('[credence] erasure dispatch failed:', (error as Error).message);
    });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await dispatching.get(database)?.catch(() => undefined);
  };
}

import { DataSource, EntityManager, In } from 'typeorm';
import { noLiveAccount } from '../../shared/trust/account-standing';
import { ErasureRequest } from './entities/ErasureRequest';
import { SubjectLock } from './entities/SubjectLock';

/**
 * Runs `work` in a transaction that holds the subject's lock, so that a grant and an
 * erasure of the same consumer never overlap, in one process or across replicas.
 *
 * Why: a grant checks that the subject was not erased, then inserts a consent; an
 * erasure revokes and pseudonymises every consent, then records itself. Under READ
 * COMMITTED (PostgreSQL's default) each can miss the other's uncommitted work: the
 * grant sees no erasure yet, the erasure's UPDATE does not see the grant's new row,
 * and an ACTIVE consent survives under the erased id. So both begin by upserting the
 * subject's row in `consent_subject_lock`. On PostgreSQL the second waits on the first's
 * row lock until it commits, and its next statement sees everything the first
 * committed; on SQLite that first write takes the one writer lock, across processes
 * too. A unique constraint cannot say "no consent after an erasure", and SERIALIZABLE
 * would need a retry loop on every caller; one lock row is the simplest sound rule.
 * The row is deleted before the commit, which keeps the table empty at rest; a waiter
 * then inserts it anew.
 */
export function withSubjectLocked<T>(
  dataSource: DataSource,
  subjectId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return withSubjectsLocked(dataSource, [subjectId], work);
}

/**
 * withSubjectLocked for several subjects at once: their rows are taken by one statement
 * in id order, so two such transactions lock in the same order and cannot deadlock.
 */
export function withSubjectsLocked<T>(
  dataSource: DataSource,
  subjectIds: readonly string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const sorted = [...new Set(subjectIds)].sort();
  return dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SubjectLock)
      .values(sorted.map((subjectId) => ({ subjectId })))
      .orUpdate(['subject_id'], ['subject_id'])
      .execute();
    const result = await work(manager);
    await manager.getRepository(SubjectLock).delete({ subjectId: In(sorted) });
    return result;
  });
}

/**
 * A consumer's own write under their lock: refused, as from no live account, once they
 * asked to be erased. Checked under the lock, so an erasure either comes first and is
 * seen, or comes after and erases what was written (it takes the same lock).
 */
export function withLiveSubjectLocked<T>(
  dataSource: DataSource,
  subjectId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return withSubjectLocked(dataSource, subjectId, async (manager) => {
    if (await manager.getRepository(ErasureRequest).existsBy({ subjectId })) throw noLiveAccount();
    return work(manager);
  });
}

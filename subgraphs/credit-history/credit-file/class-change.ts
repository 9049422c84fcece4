import { EntityManager, IsNull } from 'typeorm';
import type { CreditHistoryClass } from '../../../shared/data/german-credit';
import { publishScoringInputsChange } from '../../../shared/scoring/scoring-inputs-change';
import { findOneLocked } from '../../../shared/store/row-lock';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord } from '../entities/CreditRecord';
import { deriveCreditHistoryClass } from './credit-history-class';

/**
 * Sets a credit file's history class in the caller's transaction, the file locked by
 * the caller. A class that changes is a new version of the scoring inputs, announced
 * to scores in the same transaction: the score can never follow a change that did
 * not commit, nor miss one that did.
 */
export async function setCreditHistoryClass(
  manager: EntityManager,
  file: CreditFile,
  creditHistory: CreditHistoryClass,
  now: Date,
): Promise<void> {
  const files = manager.getRepository(CreditFile);
  if (creditHistory === file.creditHistory) {
    await files.update({ userId: file.userId }, { updatedAt: now });
    return;
  }
  const version = file.scoringInputsVersion + 1;
  await files.update({ userId: file.userId }, { creditHistory, scoringInputsVersion: version, updatedAt: now });
  await publishScoringInputsChange(manager, file.userId, version, now);
}

/** The file, locked until the transaction ends, so two changes for one consumer apply one after the other. */
export function lockedCreditFile(manager: EntityManager, userId: string): Promise<CreditFile | null> {
  return findOneLocked(manager, CreditFile, { userId });
}

/**
 * Derives the file's history class again from the consumer's accounts and the records
 * still on file (a suppressed record no longer counts), the file locked by the caller,
 * and sets it (announced to scores when it changes).
 */
export async function recomputeCreditHistoryClass(manager: EntityManager, file: CreditFile, now: Date): Promise<void> {
  const accounts = await manager
    .getRepository(CreditAccount)
    .find({ where: { userId: file.userId }, select: { kind: true, status: true, isCurrentLoan: true } });
  const records = await manager
    .getRepository(CreditRecord)
    .find({ where: { userId: file.userId, suppressedAt: IsNull() }, select: { status: true } });
  await setCreditHistoryClass(manager, file, deriveCreditHistoryClass(accounts, records), now);
}

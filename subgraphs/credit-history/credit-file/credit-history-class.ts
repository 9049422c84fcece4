import type { CreditHistoryClass } from '../../../shared/data/german-credit';
import type { CreditAccount } from '../entities/CreditAccount';
import type { CreditRecord } from '../entities/CreditRecord';

/**
 * The data set's credit-history classes, read off the records themselves so that a
 * corrected record (an upheld dispute) changes the class, and with it the score.
 * Order matters: the worst event on file decides.
 */
export function deriveCreditHistoryClass(
  accounts: Pick<CreditAccount, 'kind' | 'status' | 'isCurrentLoan'>[],
  records: Pick<CreditRecord, 'status'>[],
): CreditHistoryClass {
  if (records.some((record) => record.status === 'DEFAULTED')) return 'CRITICAL_ACCOUNT';
  if (records.some((record) => record.status === 'LATE')) return 'PAST_DELAYS';
  const otherCredits = accounts.filter((account) => account.kind !== 'UTILITY' && !account.isCurrentLoan);
  if (otherCredits.some((account) => account.status === 'OPEN')) return 'EXISTING_PAID_DULY';
  if (otherCredits.length > 0) return 'ALL_PAID_AT_THIS_BANK';
  return 'NO_CREDITS_OR_ALL_PAID';
}

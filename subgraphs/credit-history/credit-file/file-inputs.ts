import type { CreditHistoryClass, OtherInstallmentPlans } from '../../../shared/data/german-credit';
import type { CreditAccount } from '../entities/CreditAccount';
import type { CreditFile } from '../entities/CreditFile';
import type { PaymentStatus } from '../entities/CreditRecord';
import { deriveCreditHistoryClass } from './credit-history-class';

/** The scorecard inputs credit-history derives from a consumer's accounts and records. */
export interface DerivedFileInputs {
  creditHistory: CreditHistoryClass;
  existingCredits: number;
  otherInstallmentPlans: OtherInstallmentPlans;
}

/** The data set counts existing credits from 1 to 4 ("4 or more"). */
const MOST_EXISTING_CREDITS = 4;

type AccountFacts = Pick<CreditAccount, 'kind' | 'status' | 'isCurrentLoan' | 'furnisherId'>;

/**
 * The file's inputs as its accounts and records make them. The payment-history class
 * comes from every record (the worst event decides); existing credits and other
 * instalment plans start from what the application declared (the data set's row) and
 * grow with what furnishers report: each open furnished loan or card is one more
 * credit (up to the data set's "4 or more"), and an open furnished loan is an
 * instalment plan with a bank where none was declared.
 */
export function deriveFileInputs(
  file: Pick<CreditFile, 'declaredExistingCredits' | 'declaredOtherInstallmentPlans'>,
  accounts: AccountFacts[],
  recordStatuses: Pick<{ status: PaymentStatus }, 'status'>[],
): DerivedFileInputs {
  const furnishedOpen = accounts.filter((a) => a.furnisherId !== null && a.status === 'OPEN' && a.kind !== 'UTILITY');
  const declaredPlans = file.declaredOtherInstallmentPlans;
  return {
    creditHistory: deriveCreditHistoryClass(accounts, recordStatuses),
    existingCredits: Math.min(MOST_EXISTING_CREDITS, file.declaredExistingCredits + furnishedOpen.length),
    otherInstallmentPlans:
      declaredPlans === 'NONE' && furnishedOpen.some((a) => a.kind === 'CONSUMER_LOAN') ? 'BANK' : declaredPlans,
  };
}

/** Whether the derived inputs differ from what the file holds: a new version of the scoring inputs. */
export const inputsChanged = (file: CreditFile, derived: DerivedFileInputs) =>
  file.creditHistory !== derived.creditHistory ||
  file.existingCredits !== derived.existingCredits ||
  file.otherInstallmentPlans !== derived.otherInstallmentPlans;

import type { CreditForScoring } from '../__generated__/resolvers-types';
import type { CreditAccount } from '../entities/CreditAccount';
import type { CreditFile } from '../entities/CreditFile';

/**
 * The scorecard inputs this subgraph owns: the credit file, and the terms of the loan
 * the consumer applies for. A current loan always carries its terms; one without them
 * is broken data, reported as an error rather than scored on guesses.
 */
export function scoringInputsOf(file: CreditFile, loan: CreditAccount): CreditForScoring {
  const { amount, durationMonths, installmentRatePercent, purpose } = loan;
  if (amount === null || durationMonths === null || installmentRatePercent === null || purpose === null) {
    throw new Error(`The current loan ${loan.id} has no terms to score.`);
  }
  return {
    checkingStatus: file.checkingStatus,
    savingsStatus: file.savingsStatus,
    creditHistory: file.creditHistory,
    existingCredits: file.existingCredits,
    otherInstallmentPlans: file.otherInstallmentPlans,
    otherDebtors: file.otherDebtors,
    durationMonths,
    creditAmount: amount,
    installmentRatePercent,
    purpose,
    inputsVersion: file.scoringInputsVersion,
  };
}

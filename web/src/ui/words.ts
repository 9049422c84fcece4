import type {
  CheckingStatus,
  DisputeReason,
  DisputeStatus,
  PaymentStatus,
  RecordKind,
  SavingsStatus,
  ScoreBand,
  ScoreCategory,
  ScoreReviewOutcome,
} from '../__generated__/graphql';

/**
 * The graph's enums in plain words, the same words the score's reasons use (the data
 * set's Deutsche Mark thresholds stay internal). Each map is a Record over the generated type, so a
 * value added to the schema fails the type-check here until it is given words.
 */
export const BAND_WORDS: Record<ScoreBand, string> = {
  POOR: 'Poor',
  FAIR: 'Fair',
  GOOD: 'Good',
  VERY_GOOD: 'Very good',
  EXCELLENT: 'Excellent',
};

export const CATEGORY_WORDS: Record<ScoreCategory, string> = {
  PAYMENT_HISTORY: 'Payment history',
  CAPACITY: 'Capacity to repay',
  ACCOUNT_BEHAVIOUR: 'Account behaviour',
  IDENTITY_STABILITY: 'Stability',
  RELATIONSHIPS: 'Relationships',
};

export const CHECKING_WORDS: Record<CheckingStatus, string> = {
  NEGATIVE_BALANCE: 'overdrawn',
  BELOW_200: 'in credit, low balance',
  AT_LEAST_200: 'in credit, healthy balance',
  NO_ACCOUNT: 'no checking account',
};

export const SAVINGS_WORDS: Record<SavingsStatus, string> = {
  UNKNOWN_OR_NONE: 'none or unknown',
  BELOW_100: 'very small',
  BELOW_500: 'small',
  BELOW_1000: 'moderate',
  AT_LEAST_1000: 'substantial',
};

export const RECORD_KIND_WORDS: Record<RecordKind, string> = {
  CREDIT_CARD_REPAYMENT: 'Credit card repayment',
  LOAN_REPAYMENT: 'Loan repayment',
  UTILITY_PAYMENT: 'Utility bill',
};

export const DISPUTE_REASON_WORDS: Record<DisputeReason, string> = {
  NOT_MINE: 'This account or payment is not mine',
  WRONG_AMOUNT: 'The amount is wrong',
  PAID_ON_TIME: 'I paid on time',
  WRONG_STATUS: 'The status is wrong',
  OTHER: 'Something else',
};

export const DISPUTE_STATUS_WORDS: Record<DisputeStatus, string> = {
  OPEN: 'Received, waiting for staff',
  INVESTIGATING: 'Being investigated',
  UPHELD: 'Upheld: the record was corrected',
  REJECTED: 'Rejected: the record stands',
  VERIFIED: 'The lender checked it: the record stands',
  CORRECTED: 'The lender corrected the record',
  DELETED: 'The lender deleted the record',
  EXPIRED: 'Not answered in time: the record was removed',
};

/** A payment's outcome in words: "paid on time", "paid 31 days late", "not paid". */
export function paymentWords(status: PaymentStatus, daysLate: number): string {
  switch (status) {
    case 'ON_TIME':
      return 'paid on time';
    case 'LATE':
      return `paid ${daysLate} ${daysLate === 1 ? 'day' : 'days'} late`;
    case 'DEFAULTED':
      return 'not paid (defaulted)';
  }
}

export const REVIEW_OUTCOME_WORDS: Record<ScoreReviewOutcome, string> = {
  CONFIRMED: 'Your score was checked by a person and stands.',
  NOT_CONFIRMED: 'A person found that your score should not be relied on as computed.',
};

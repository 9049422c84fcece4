import type { CheckingStatus, SavingsStatus, ScoreBand, ScoreCategory } from '../__generated__/graphql';

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

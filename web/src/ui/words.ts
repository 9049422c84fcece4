import type { CheckingStatus, SavingsStatus, ScoreBand, ScoreCategory } from '../__generated__/graphql';

/**
 * The graph's enums in plain words. Each map is a Record over the generated type, so a
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
  BELOW_200: 'under 200 DM',
  AT_LEAST_200: '200 DM or more',
  NO_ACCOUNT: 'no checking account',
};

export const SAVINGS_WORDS: Record<SavingsStatus, string> = {
  UNKNOWN_OR_NONE: 'none or unknown',
  BELOW_100: 'under 100 DM',
  BELOW_500: '100 to 500 DM',
  BELOW_1000: '500 to 1,000 DM',
  AT_LEAST_1000: '1,000 DM or more',
};

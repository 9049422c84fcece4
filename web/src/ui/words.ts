import type { CheckingStatus, ConsentScope, SavingsStatus, ScoreBand, ScoreCategory } from '../__generated__/graphql';

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

/** What a consent lets a partner see, as the consumer should read it before saying yes. */
export const SCOPE_WORDS: Record<ConsentScope, string> = {
  PROFILE: 'your name, contact details and where you live and work',
  CREDIT_HISTORY: 'your credit file, accounts and payment records',
  SCORE_VALUE: 'your score and your chance of default',
  SCORE_BAND: 'your score band (such as “Good”), not the number',
  SCORE_FACTORS: 'what makes up your score and the reasons behind it',
  SCORE_THRESHOLD: 'only a yes or no: is your score above a level they choose',
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

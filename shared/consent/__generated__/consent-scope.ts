export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export const ConsentScope = {
  /** Credit file, accounts and payment records. */
  CreditHistory: 'CREDIT_HISTORY',
  /** The partner may report the consumer's accounts and payments to Credence (it furnishes records; it reads nothing). */
  CreditReporting: 'CREDIT_REPORTING',
  /** Name, contact details and identity-stability facts. */
  Profile: 'PROFILE',
  /** The score's band only (e.g. GOOD), not its value. */
  ScoreBand: 'SCORE_BAND',
  /** The categories and reasons behind the score. */
  ScoreFactors: 'SCORE_FACTORS',
  /** Only a yes/no answer to 'is the score at least N?'. */
  ScoreThreshold: 'SCORE_THRESHOLD',
  /** The score's value and its probability of default. */
  ScoreValue: 'SCORE_VALUE'
} as const;

export type ConsentScope = typeof ConsentScope[keyof typeof ConsentScope];
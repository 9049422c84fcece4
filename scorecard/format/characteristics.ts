import {
  CHECKING_STATUS,
  CREDIT_HISTORY,
  EMPLOYMENT_SINCE,
  HOUSING,
  JOB,
  LOAN_PURPOSE,
  OTHER_DEBTORS,
  OTHER_INSTALLMENT_PLANS,
  PROPERTY,
  SAVINGS_STATUS,
  type ScoringCharacteristics,
} from '../../shared/data/german-credit';

/**
 * The fixed vocabulary of the scorecard: which characteristic belongs to which
 * category, and which values a categorical characteristic can take. Shared by the
 * fitting script and the runtime so the two cannot disagree.
 */

export type CharacteristicName = keyof ScoringCharacteristics;
export type CategoricalValue = string | boolean;

export const SCORE_CATEGORIES = [
  'PAYMENT_HISTORY',
  'CAPACITY',
  'ACCOUNT_BEHAVIOUR',
  'IDENTITY_STABILITY',
  'RELATIONSHIPS',
] as const;
export type ScoreCategory = (typeof SCORE_CATEGORIES)[number];

/** The one category that is never a model input, whatever the data say. */
export const UNSCORED_CATEGORY: ScoreCategory = 'RELATIONSHIPS';

export const RELATIONSHIPS_POLICY =
  'Credence never scores friends, guarantors, co-applicants or social data: ' +
  'relationships are shown to you but are worth 0 points and never appear in a reason.';

export const CATEGORY_OF: Readonly<Record<CharacteristicName, ScoreCategory>> = {
  creditHistory: 'PAYMENT_HISTORY',
  durationMonths: 'CAPACITY',
  creditAmount: 'CAPACITY',
  installmentRatePercent: 'CAPACITY',
  purpose: 'CAPACITY',
  existingCredits: 'CAPACITY',
  otherInstallmentPlans: 'CAPACITY',
  dependents: 'CAPACITY',
  checkingStatus: 'ACCOUNT_BEHAVIOUR',
  savingsStatus: 'ACCOUNT_BEHAVIOUR',
  employmentSince: 'IDENTITY_STABILITY',
  residenceYears: 'IDENTITY_STABILITY',
  property: 'IDENTITY_STABILITY',
  housing: 'IDENTITY_STABILITY',
  job: 'IDENTITY_STABILITY',
  hasTelephone: 'IDENTITY_STABILITY',
  otherDebtors: 'RELATIONSHIPS',
};

/** Alphabetical, so every loop over characteristics is deterministic. */
export const CHARACTERISTIC_NAMES = (Object.keys(CATEGORY_OF) as CharacteristicName[]).sort();

export const CATEGORY_EXPLANATIONS: Readonly<Record<ScoreCategory, string>> = {
  PAYMENT_HISTORY: 'How you have repaid credit before.',
  CAPACITY: 'How the size, length and purpose of your current loan fit alongside your other commitments.',
  ACCOUNT_BEHAVIOUR: 'The balances on your checking and savings accounts.',
  IDENTITY_STABILITY: 'How settled your work and home situation is.',
  RELATIONSHIPS: RELATIONSHIPS_POLICY,
};

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Every value a categorical characteristic may take, including values absent from
 * the training data (no applicant borrowed for a vacation), so each gets a bin.
 */
export const CATEGORICAL_DOMAINS: Readonly<Partial<Record<CharacteristicName, readonly CategoricalValue[]>>> = {
  checkingStatus: distinct(Object.values(CHECKING_STATUS)),
  creditHistory: distinct(Object.values(CREDIT_HISTORY)),
  purpose: distinct(Object.values(LOAN_PURPOSE)),
  savingsStatus: distinct(Object.values(SAVINGS_STATUS)),
  employmentSince: distinct(Object.values(EMPLOYMENT_SINCE)),
  otherDebtors: distinct(Object.values(OTHER_DEBTORS)),
  property: distinct(Object.values(PROPERTY)),
  otherInstallmentPlans: distinct(Object.values(OTHER_INSTALLMENT_PLANS)),
  housing: distinct(Object.values(HOUSING)),
  job: distinct(Object.values(JOB)),
  hasTelephone: [true, false],
};

/**
 * Categorical characteristics whose levels have a natural order, lowest first. The
 * fit merges adjacent levels of an order until the weight of evidence is monotone
 * along it, and validation refuses points that fall as the order rises, so a reason
 * never tells someone that more tenure or more savings costs them points. A level
 * left out of its order (no savings account known, no checking account) is not on
 * the scale: it keeps a class of its own unless it is too small.
 */
export const ORDINAL_ORDERS: Readonly<Partial<Record<CharacteristicName, readonly CategoricalValue[]>>> = {
  checkingStatus: ['NEGATIVE_BALANCE', 'BELOW_200', 'AT_LEAST_200'],
  savingsStatus: ['BELOW_100', 'BELOW_500', 'BELOW_1000', 'AT_LEAST_1000'],
  employmentSince: ['UNEMPLOYED', 'BELOW_1_YEAR', 'ONE_TO_4_YEARS', 'FOUR_TO_7_YEARS', 'AT_LEAST_7_YEARS'],
};

/**
 * The orders a consumer would predict, worst first, as tiers: every answer in a later
 * tier must score at least as well as every answer in an earlier one, and answers in
 * one tier are not ordered among themselves. A domain-monotone scorecard enforces
 * these in its binning (classes are merged until the bad rate respects them, in this
 * direction whatever the data say) and its validation. Payment history: a critical
 * account is worst, then past delays, then any record of paying duly (having had no
 * credit is never penalised below having been late). Answers left out (no checking
 * account, no savings account known) are not on the scale.
 */
export const DOMAIN_ORDERS: Readonly<Partial<Record<CharacteristicName, readonly (readonly CategoricalValue[])[]>>> = {
  creditHistory: [
    ['CRITICAL_ACCOUNT'],
    ['PAST_DELAYS'],
    ['NO_CREDITS_OR_ALL_PAID', 'ALL_PAID_AT_THIS_BANK', 'EXISTING_PAID_DULY'],
  ],
  ...Object.fromEntries(Object.entries(ORDINAL_ORDERS).map(([name, order]) => [name, order.map((value) => [value])])),
};

/**
 * Numeric characteristics whose risk a consumer would predict to rise with the value
 * (+1): a longer repayment period, a larger amount, repayments taking a larger share
 * of income. A domain-monotone scorecard classes them in this direction whatever the
 * data say; other numeric characteristics follow the direction of their data.
 */
export const NUMERIC_RISK_DIRECTIONS: Readonly<Partial<Record<CharacteristicName, 1 | -1>>> = {
  durationMonths: 1,
  creditAmount: 1,
  installmentRatePercent: 1,
};

export function isCategorical(name: CharacteristicName): boolean {
  return CATEGORICAL_DOMAINS[name] !== undefined;
}

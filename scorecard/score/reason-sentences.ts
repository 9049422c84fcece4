import type { ScoringCharacteristics } from '../../shared/data/german-credit';
import type { CategoricalValue, CharacteristicName } from '../format/characteristics';

/**
 * Plain-language text per characteristic: what the consumer's situation is, and either
 * an action that moves them to a better-scoring answer or an outlook on how the
 * answer changes by itself. reasons.ts offers an action only when its target really
 * scores higher for this applicant, and offers no reason at all when there is
 * neither a worthwhile action nor an outlook: a reason must be something the
 * consumer can act on or expect to change.
 *
 * The words are Credence's, for a consumer today: the data set's codes and currency
 * stay internal (amounts and balances are described, never quoted in Deutsche Mark),
 * and the loan whose terms are scored is "your current loan", since a consumer who
 * reads their score has not necessarily applied for anything.
 */
export interface ReasonText {
  code: string;
  situation: (a: ScoringCharacteristics) => string;
  /**
   * categorical: the answer the action leads to. Omitted for numeric characteristics
   * (the best bin is used) and for ordinal ones (the lowest answer on the order that
   * reaches its best bin, so "moderate savings" when moderate already scores like substantial).
   */
  target?: CategoricalValue;
  /** the subject of "... could add up to N points"; receives the target bin's label and, if categorical, the target answer */
  action?: (target: { label: string; value?: CategoricalValue }, a: ScoringCharacteristics) => string;
  /** said after the points lost when no action applies: what changes without the consumer doing anything perverse */
  outlook?: string;
}

type Scored = Exclude<CharacteristicName, 'otherDebtors'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const CHECKING: Record<ScoringCharacteristics['checkingStatus'], string> = {
  NEGATIVE_BALANCE: 'Your checking account is overdrawn.',
  BELOW_200: 'Your checking account is in credit, but its balance is low.',
  AT_LEAST_200: 'Your checking account keeps a healthy balance.',
  NO_ACCOUNT: 'We know of no checking account in your name.',
};
/** Savings levels in words, lowest first; the data set's thresholds stay internal. */
const SAVINGS_LEVEL: Partial<Record<ScoringCharacteristics['savingsStatus'], string>> = {
  BELOW_100: 'very small',
  BELOW_500: 'small',
  BELOW_1000: 'moderate',
  AT_LEAST_1000: 'substantial',
};
const HISTORY: Record<ScoringCharacteristics['creditHistory'], string> = {
  NO_CREDITS_OR_ALL_PAID: 'You have taken no credit before, or repaid all of it on time.',
  ALL_PAID_AT_THIS_BANK: 'Your credits with your bank have all been repaid on time.',
  EXISTING_PAID_DULY: 'Your current credits are being repaid on time.',
  PAST_DELAYS: 'You have been late with repayments in the past.',
  CRITICAL_ACCOUNT: 'Your credit file shows a critical account.',
};
const EMPLOYMENT: Record<ScoringCharacteristics['employmentSince'], string> = {
  UNEMPLOYED: 'You are not currently employed.',
  BELOW_1_YEAR: 'You have been with your employer for less than a year.',
  ONE_TO_4_YEARS: 'You have been with your employer for 1 to 4 years.',
  FOUR_TO_7_YEARS: 'You have been with your employer for 4 to 7 years.',
  AT_LEAST_7_YEARS: 'You have been with your employer for 7 years or more.',
};
const PROPERTY: Record<ScoringCharacteristics['property'], string> = {
  REAL_ESTATE: 'You own real estate.',
  SAVINGS_AGREEMENT_OR_LIFE_INSURANCE: 'Your main asset is a building-society savings agreement or life insurance.',
  CAR_OR_OTHER: 'Your main asset is a car or other property.',
  NONE_KNOWN: 'We know of no property in your name.',
};
const OTHER_PLANS: Record<ScoringCharacteristics['otherInstallmentPlans'], string> = {
  BANK: 'You are also repaying an instalment plan with a bank.',
  STORES: 'You are also repaying an instalment plan with a store.',
  NONE: 'You have no other instalment plans.',
};
const PURPOSE: Record<ScoringCharacteristics['purpose'], string> = {
  NEW_CAR: 'a new car',
  USED_CAR: 'a used car',
  FURNITURE: 'furniture',
  RADIO_TV: 'a radio or television',
  APPLIANCES: 'domestic appliances',
  REPAIRS: 'repairs',
  EDUCATION: 'education',
  VACATION: 'a holiday',
  RETRAINING: 'retraining',
  BUSINESS: 'business',
  OTHER: 'another purpose',
};
const HOUSING: Record<ScoringCharacteristics['housing'], string> = {
  RENT: 'You rent your home.',
  OWN: 'You own your home.',
  FOR_FREE: 'You live rent-free.',
};
/** The share of disposable income repayments take, by the data set's instalment-rate class (1 smallest). */
const REPAYMENT_SHARE: Record<number, string> = { 1: 'a small', 2: 'a moderate', 3: 'a large', 4: 'a very large' };

const TENURE_FLOOR: Partial<Record<ScoringCharacteristics['employmentSince'], string>> = {
  ONE_TO_4_YEARS: '1 year',
  FOUR_TO_7_YEARS: '4 years',
  AT_LEAST_7_YEARS: '7 years',
};

function checkingAction(target: { value?: CategoricalValue }): string {
  return target.value === 'BELOW_200'
    ? 'Keeping your account out of overdraft'
    : 'Keeping a healthy balance in your checking account';
}

function savingsSituation(a: ScoringCharacteristics): string {
  const level = SAVINGS_LEVEL[a.savingsStatus];
  return level ? `Your savings are ${level}.` : 'We know of no savings account in your name.';
}

function savingsAction(target: { value?: CategoricalValue }): string {
  const level = SAVINGS_LEVEL[target.value as ScoringCharacteristics['savingsStatus']];
  return level ? `Growing your savings to what we count as ${level}` : 'Building up savings';
}

function employmentAction(target: { value?: CategoricalValue }, a: ScoringCharacteristics): string {
  const years = TENURE_FLOOR[target.value as ScoringCharacteristics['employmentSince']];
  if (!years) return 'Being in work';
  return a.employmentSince === 'UNEMPLOYED'
    ? `Once you are in work, reaching ${years} with your employer`
    : `As your time with your employer grows, reaching ${years}`;
}

function historyAction(_: unknown, a: ScoringCharacteristics): string {
  return a.creditHistory === 'PAST_DELAYS'
    ? 'Repaying your credits on time from now on'
    : 'A record of repaying your credits on time';
}

function repaymentShare(a: ScoringCharacteristics): string {
  return REPAYMENT_SHARE[a.installmentRatePercent] ?? 'a large';
}

/**
 * Deliberately without action or outlook, so never a reason: dependents (advising
 * fewer would be perverse), job class, and residence class (whether a longer stay
 * helps is for the data to say, not the sentence). They are not scored today.
 */
export const REASON_TEXT: Readonly<Record<Scored, ReasonText>> = {
  checkingStatus: { code: 'ACC01', situation: (a) => CHECKING[a.checkingStatus], action: checkingAction },
  savingsStatus: { code: 'ACC02', situation: savingsSituation, action: savingsAction },
  creditHistory: {
    code: 'HIS01',
    situation: (a) => HISTORY[a.creditHistory],
    target: 'EXISTING_PAID_DULY',
    action: historyAction,
  },
  durationMonths: {
    code: 'CAP01',
    situation: (a) => `Your current loan runs for ${plural(a.durationMonths, 'month')}.`,
    action: (t) => `A repayment period of ${t.label} months`,
  },
  creditAmount: {
    code: 'CAP02',
    situation: () => 'Your current loan is larger than the best-scoring loan sizes.',
    action: () => 'Borrowing less',
  },
  installmentRatePercent: {
    code: 'CAP03',
    situation: (a) => `Your repayments take ${repaymentShare(a)} share of your disposable income.`,
    action: () => 'Repayments taking a smaller share of your income',
  },
  purpose: {
    code: 'CAP04',
    situation: (a) =>
      `Your current loan is for ${PURPOSE[a.purpose]}; loans for that purpose have been repaid less reliably than others.`,
    outlook: 'It counts only for your current loan and does not follow you to loans for other purposes.',
  },
  existingCredits: {
    code: 'CAP05',
    situation: (a) => `You have ${plural(a.existingCredits, 'credit')} open.`,
    action: (t) => `Having ${t.label} credits open`,
  },
  otherInstallmentPlans: {
    code: 'CAP06',
    situation: (a) => OTHER_PLANS[a.otherInstallmentPlans],
    target: 'NONE',
    action: () => 'Finishing your other instalment plans first',
  },
  dependents: { code: 'CAP07', situation: (a) => `You provide for ${plural(a.dependents, 'person')}.` },
  employmentSince: { code: 'STA01', situation: (a) => EMPLOYMENT[a.employmentSince], action: employmentAction },
  residenceYears: {
    code: 'STA02',
    situation: () => 'You have lived at your address for a shorter time than those who score best.',
  },
  property: {
    code: 'STA03',
    situation: (a) => PROPERTY[a.property],
    target: 'REAL_ESTATE',
    action: () => 'Owning real estate',
  },
  housing: { code: 'STA04', situation: (a) => HOUSING[a.housing], target: 'OWN', action: () => 'Owning your home' },
  job: { code: 'STA05', situation: () => 'Your kind of work scores below the best-scoring kind.' },
  hasTelephone: {
    code: 'STA06',
    situation: (a) =>
      a.hasTelephone ? 'A telephone is registered in your name.' : 'No telephone is registered in your name.',
    target: true,
    action: () => 'Registering a telephone in your name',
  },
};

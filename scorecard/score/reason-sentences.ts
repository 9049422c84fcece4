import type { ScoringCharacteristics } from '../../shared/data/german-credit';
import type { CategoricalValue, CharacteristicName } from '../format/characteristics';

/**
 * Plain-language text per characteristic: what the applicant's answer is, and either
 * an action that moves them to a better-scoring answer or an outlook on how the
 * answer changes by itself. reasons.ts offers an action only when its target really
 * scores higher for this applicant, and offers no reason at all when there is
 * neither a worthwhile action nor an outlook: a reason must be something the
 * consumer can act on or expect to change.
 */
export interface ReasonText {
  code: string;
  situation: (a: ScoringCharacteristics) => string;
  /**
   * categorical: the answer the action leads to. Omitted for numeric characteristics
   * (the best bin is used) and for ordinal ones (the lowest answer on the order that
   * reaches its best bin, so "500 DM or more" when 500 already scores like 1,000).
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
  BELOW_200: 'Your checking account balance is below 200 DM.',
  AT_LEAST_200: 'Your checking account balance is 200 DM or more.',
  NO_ACCOUNT: 'You have no checking account with us.',
};
const SAVINGS: Record<ScoringCharacteristics['savingsStatus'], string> = {
  BELOW_100: 'Your savings are below 100 DM.',
  BELOW_500: 'Your savings are between 100 and 500 DM.',
  BELOW_1000: 'Your savings are between 500 and 1,000 DM.',
  AT_LEAST_1000: 'Your savings are 1,000 DM or more.',
  UNKNOWN_OR_NONE: 'We know of no savings account in your name.',
};
const HISTORY: Record<ScoringCharacteristics['creditHistory'], string> = {
  NO_CREDITS_OR_ALL_PAID: 'You have taken no credit before, or repaid all of it.',
  ALL_PAID_AT_THIS_BANK: 'All your credits at this bank are repaid.',
  EXISTING_PAID_DULY: 'Your existing credits are being repaid on time.',
  PAST_DELAYS: 'You have been late with repayments in the past.',
  CRITICAL_ACCOUNT: 'You hold a critical account or credits at other banks.',
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
  BANK: 'You are repaying an instalment plan with another bank.',
  STORES: 'You are repaying an instalment plan with a store.',
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
  VACATION: 'a vacation',
  RETRAINING: 'retraining',
  BUSINESS: 'business',
  OTHER: 'another purpose',
};
const HOUSING: Record<ScoringCharacteristics['housing'], string> = {
  RENT: 'You rent your home.',
  OWN: 'You own your home.',
  FOR_FREE: 'You live rent-free.',
};

/** The lowest amount of each savings level, as the target of an action. */
const SAVINGS_FLOOR: Partial<Record<ScoringCharacteristics['savingsStatus'], string>> = {
  BELOW_500: '100 DM',
  BELOW_1000: '500 DM',
  AT_LEAST_1000: '1,000 DM',
};
const TENURE_FLOOR: Partial<Record<ScoringCharacteristics['employmentSince'], string>> = {
  ONE_TO_4_YEARS: '1 year',
  FOUR_TO_7_YEARS: '4 years',
  AT_LEAST_7_YEARS: '7 years',
};

function checkingAction(target: { value?: CategoricalValue }): string {
  return target.value === 'BELOW_200' ? 'Keeping your account out of overdraft' : 'Keeping a balance of 200 DM or more';
}

function employmentAction(target: { value?: CategoricalValue }, a: ScoringCharacteristics): string {
  const years = TENURE_FLOOR[target.value as ScoringCharacteristics['employmentSince']];
  if (!years) return 'Being in work';
  return a.employmentSince === 'UNEMPLOYED'
    ? `Once you are in work, reaching ${years} with your employer`
    : `As your time with your employer grows, reaching ${years}`;
}

function historyAction(_: unknown, a: ScoringCharacteristics): string {
  return a.creditHistory === 'PAST_DELAYS' ? 'Repaying your existing credits on time' : 'A record of repaying this loan on time';
}

/**
 * Deliberately without action or outlook, so never a reason: dependents (advising
 * fewer would be perverse), job class, and residence class (whether a longer stay
 * helps is for the data to say, not the sentence). They are not scored today.
 */
export const REASON_TEXT: Readonly<Record<Scored, ReasonText>> = {
  checkingStatus: { code: 'ACC01', situation: (a) => CHECKING[a.checkingStatus], action: checkingAction },
  savingsStatus: {
    code: 'ACC02',
    situation: (a) => SAVINGS[a.savingsStatus],
    action: (t) => `Building savings of ${SAVINGS_FLOOR[t.value as ScoringCharacteristics['savingsStatus']] ?? 'any amount'} or more`,
  },
  creditHistory: { code: 'HIS01', situation: (a) => HISTORY[a.creditHistory], target: 'EXISTING_PAID_DULY', action: historyAction },
  durationMonths: { code: 'CAP01', situation: (a) => `The loan runs for ${plural(a.durationMonths, 'month')}.`, action: (t) => `A repayment period of ${t.label} months` },
  creditAmount: { code: 'CAP02', situation: (a) => `The loan is for ${a.creditAmount} DM.`, action: (t) => `Borrowing ${t.label} DM` },
  installmentRatePercent: {
    code: 'CAP03',
    situation: (a) => `Your repayments are in instalment-rate class ${a.installmentRatePercent} (their share of your disposable income).`,
    action: (t) => `Repayments taking a smaller share of your income (instalment-rate class ${t.label})`,
  },
  purpose: {
    code: 'CAP04',
    situation: (a) => `The loan is for ${PURPOSE[a.purpose]}; such loans have been repaid less reliably than others.`,
    outlook: 'It counts for this loan only and does not follow you to loans for other purposes.',
  },
  existingCredits: { code: 'CAP05', situation: (a) => `You have ${plural(a.existingCredits, 'existing credit')} at this bank.`, action: (t) => `Having ${t.label} existing credits` },
  otherInstallmentPlans: { code: 'CAP06', situation: (a) => OTHER_PLANS[a.otherInstallmentPlans], target: 'NONE', action: () => 'Finishing your other instalment plans first' },
  dependents: { code: 'CAP07', situation: (a) => `You provide for ${plural(a.dependents, 'person')}.` },
  employmentSince: { code: 'STA01', situation: (a) => EMPLOYMENT[a.employmentSince], action: employmentAction },
  residenceYears: { code: 'STA02', situation: (a) => `You are in residence class ${a.residenceYears} for time at your address.` },
  property: { code: 'STA03', situation: (a) => PROPERTY[a.property], target: 'REAL_ESTATE', action: () => 'Offering real estate as security' },
  housing: { code: 'STA04', situation: (a) => HOUSING[a.housing], target: 'OWN', action: () => 'Owning your home' },
  job: { code: 'STA05', situation: () => 'Your occupation class scores below the best class.' },
  hasTelephone: {
    code: 'STA06',
    situation: (a) => (a.hasTelephone ? 'A telephone is registered in your name.' : 'No telephone is registered in your name.'),
    target: true,
    action: () => 'Registering a telephone in your name',
  },
};

import type { ScoringCharacteristics } from '../../../shared/german-credit';
import type { CategoricalValue, CharacteristicName } from './characteristics';

/**
 * Plain-language text per characteristic: what the applicant's answer is, and an
 * action that moves them to a better-scoring answer. An action names a target value
 * (categorical) or points at the best bin (numeric); reasons.ts only offers it when
 * the target really scores higher for this applicant, so no advice is ever false.
 */
export interface ReasonText {
  code: string;
  situation: (a: ScoringCharacteristics) => string;
  /** categorical: the answer the action leads to; numeric: omitted, the best bin is used */
  target?: CategoricalValue;
  /** receives the label of the target bin */
  action?: (targetLabel: string) => string;
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

export const REASON_TEXT: Readonly<Record<Scored, ReasonText>> = {
  checkingStatus: { code: 'ACC01', situation: (a) => CHECKING[a.checkingStatus], target: 'AT_LEAST_200', action: () => 'Keeping a balance of 200 DM or more' },
  savingsStatus: { code: 'ACC02', situation: (a) => SAVINGS[a.savingsStatus], target: 'AT_LEAST_1000', action: () => 'Building savings of 1,000 DM or more' },
  creditHistory: { code: 'HIS01', situation: (a) => HISTORY[a.creditHistory], target: 'EXISTING_PAID_DULY', action: () => 'Repaying your existing credits on time' },
  durationMonths: { code: 'CAP01', situation: (a) => `The loan runs for ${plural(a.durationMonths, 'month')}.`, action: (bin) => `A repayment period of ${bin} months` },
  creditAmount: { code: 'CAP02', situation: (a) => `The loan is for ${a.creditAmount} DM.`, action: (bin) => `Borrowing ${bin} DM` },
  installmentRatePercent: {
    code: 'CAP03',
    situation: (a) => `Your repayments are in instalment-rate class ${a.installmentRatePercent} (their share of your disposable income).`,
    action: (bin) => `Repayments taking a smaller share of your income (instalment-rate class ${bin})`,
  },
  purpose: { code: 'CAP04', situation: (a) => `The loan is for ${PURPOSE[a.purpose]}; such loans have been repaid less reliably than others.` },
  existingCredits: { code: 'CAP05', situation: (a) => `You have ${plural(a.existingCredits, 'existing credit')} at this bank.`, action: (bin) => `Having ${bin} existing credits` },
  otherInstallmentPlans: { code: 'CAP06', situation: (a) => OTHER_PLANS[a.otherInstallmentPlans], target: 'NONE', action: () => 'Finishing your other instalment plans first' },
  dependents: { code: 'CAP07', situation: (a) => `You provide for ${plural(a.dependents, 'person')}.` },
  employmentSince: { code: 'STA01', situation: (a) => EMPLOYMENT[a.employmentSince], target: 'AT_LEAST_7_YEARS', action: () => 'Staying with your employer' },
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

import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../paths';

/**
 * The Statlog German Credit data set (1,000 applicants), decoded from its symbolic
 * attribute codes into readable values. This module is the single contract between
 * the data set, the demo seed of every subgraph and the scorecard fitting script.
 */

export const GERMAN_CREDIT_FILE = fromProjectRoot('data', 'german-credit', 'german.data');

function codeTable<const T extends Record<string, string>>(table: T): T {
  return table;
}

export const CHECKING_STATUS = codeTable({
  A11: 'NEGATIVE_BALANCE',
  A12: 'BELOW_200',
  A13: 'AT_LEAST_200',
  A14: 'NO_ACCOUNT',
});
export const CREDIT_HISTORY = codeTable({
  A30: 'NO_CREDITS_OR_ALL_PAID',
  A31: 'ALL_PAID_AT_THIS_BANK',
  A32: 'EXISTING_PAID_DULY',
  A33: 'PAST_DELAYS',
  A34: 'CRITICAL_ACCOUNT',
});
export const LOAN_PURPOSE = codeTable({
  A40: 'NEW_CAR',
  A41: 'USED_CAR',
  A42: 'FURNITURE',
  A43: 'RADIO_TV',
  A44: 'APPLIANCES',
  A45: 'REPAIRS',
  A46: 'EDUCATION',
  A47: 'VACATION',
  A48: 'RETRAINING',
  A49: 'BUSINESS',
  A410: 'OTHER',
});
export const SAVINGS_STATUS = codeTable({
  A61: 'BELOW_100',
  A62: 'BELOW_500',
  A63: 'BELOW_1000',
  A64: 'AT_LEAST_1000',
  A65: 'UNKNOWN_OR_NONE',
});
export const EMPLOYMENT_SINCE = codeTable({
  A71: 'UNEMPLOYED',
  A72: 'BELOW_1_YEAR',
  A73: 'ONE_TO_4_YEARS',
  A74: 'FOUR_TO_7_YEARS',
  A75: 'AT_LEAST_7_YEARS',
});
export const OTHER_DEBTORS = codeTable({
  A101: 'NONE',
  A102: 'CO_APPLICANT',
  A103: 'GUARANTOR',
});
export const PROPERTY = codeTable({
  A121: 'REAL_ESTATE',
  A122: 'SAVINGS_AGREEMENT_OR_LIFE_INSURANCE',
  A123: 'CAR_OR_OTHER',
  A124: 'NONE_KNOWN',
});
export const OTHER_INSTALLMENT_PLANS = codeTable({
  A141: 'BANK',
  A142: 'STORES',
  A143: 'NONE',
});
export const HOUSING = codeTable({
  A151: 'RENT',
  A152: 'OWN',
  A153: 'FOR_FREE',
});
export const JOB = codeTable({
  A171: 'UNSKILLED_NON_RESIDENT',
  A172: 'UNSKILLED_RESIDENT',
  A173: 'SKILLED',
  A174: 'HIGHLY_QUALIFIED',
});
const PERSONAL_STATUS_SEX = codeTable({
  A91: 'MALE',
  A92: 'FEMALE',
  A93: 'MALE',
  A94: 'MALE',
  A95: 'FEMALE',
});

export type CheckingStatus = (typeof CHECKING_STATUS)[keyof typeof CHECKING_STATUS];
export type CreditHistoryClass = (typeof CREDIT_HISTORY)[keyof typeof CREDIT_HISTORY];
export type LoanPurpose = (typeof LOAN_PURPOSE)[keyof typeof LOAN_PURPOSE];
export type SavingsStatus = (typeof SAVINGS_STATUS)[keyof typeof SAVINGS_STATUS];
export type EmploymentSince = (typeof EMPLOYMENT_SINCE)[keyof typeof EMPLOYMENT_SINCE];
export type OtherDebtors = (typeof OTHER_DEBTORS)[keyof typeof OTHER_DEBTORS];
export type PropertyKind = (typeof PROPERTY)[keyof typeof PROPERTY];
export type OtherInstallmentPlans = (typeof OTHER_INSTALLMENT_PLANS)[keyof typeof OTHER_INSTALLMENT_PLANS];
export type Housing = (typeof HOUSING)[keyof typeof HOUSING];
export type Job = (typeof JOB)[keyof typeof JOB];

/**
 * What a scorecard may look at. Deliberately holds no protected characteristic
 * (sex, marital status, age, foreign-worker status): they cannot leak into a score
 * through a type that does not carry them.
 */
export interface ScoringCharacteristics {
  /** account behaviour */
  checkingStatus: CheckingStatus;
  savingsStatus: SavingsStatus;
  /** payment history */
  creditHistory: CreditHistoryClass;
  /** capacity: the current loan and existing obligations */
  durationMonths: number;
  creditAmount: number;
  installmentRatePercent: number;
  purpose: LoanPurpose;
  existingCredits: number;
  otherInstallmentPlans: OtherInstallmentPlans;
  dependents: number;
  /** identity stability */
  employmentSince: EmploymentSince;
  residenceYears: number;
  property: PropertyKind;
  housing: Housing;
  job: Job;
  hasTelephone: boolean;
  /** relationships: stored and shown, never scored */
  otherDebtors: OtherDebtors;
}

/** Held only for the fairness report of the fitting script; never stored by a subgraph. */
export interface ProtectedCharacteristics {
  sex: 'MALE' | 'FEMALE';
  age: number;
  foreignWorker: boolean;
}

export interface GermanCreditApplicant {
  /** 1-based line number in german.data */
  index: number;
  characteristics: ScoringCharacteristics;
  protectedCharacteristics: ProtectedCharacteristics;
  /** true when the data set classes the applicant as a bad credit risk (class 2) */
  isBad: boolean;
}

function decode<T extends Record<string, string>>(table: T, code: string, attribute: string): T[keyof T] {
  const value = table[code as keyof T];
  if (value === undefined) throw new Error(`german.data: unknown code ${code} for ${attribute}`);
  return value;
}

function wholeNumber(text: string, attribute: string): number {
  const value = Number(text);
  if (!Number.isInteger(value)) throw new Error(`german.data: ${attribute} is not a whole number: ${text}`);
  return value;
}

export function parseGermanCreditLine(line: string, index: number): GermanCreditApplicant {
  const a = line.trim().split(/\s+/);
  if (a.length !== 21) throw new Error(`german.data line ${index}: expected 21 fields, got ${a.length}`);
  return {
    index,
    characteristics: {
      checkingStatus: decode(CHECKING_STATUS, a[0], 'checking status'),
      durationMonths: wholeNumber(a[1], 'duration'),
      creditHistory: decode(CREDIT_HISTORY, a[2], 'credit history'),
      purpose: decode(LOAN_PURPOSE, a[3], 'purpose'),
      creditAmount: wholeNumber(a[4], 'credit amount'),
      savingsStatus: decode(SAVINGS_STATUS, a[5], 'savings'),
      employmentSince: decode(EMPLOYMENT_SINCE, a[6], 'employment'),
      installmentRatePercent: wholeNumber(a[7], 'installment rate'),
      otherDebtors: decode(OTHER_DEBTORS, a[9], 'other debtors'),
      residenceYears: wholeNumber(a[10], 'residence'),
      property: decode(PROPERTY, a[11], 'property'),
      otherInstallmentPlans: decode(OTHER_INSTALLMENT_PLANS, a[13], 'other installment plans'),
      housing: decode(HOUSING, a[14], 'housing'),
      existingCredits: wholeNumber(a[15], 'existing credits'),
      job: decode(JOB, a[16], 'job'),
      dependents: wholeNumber(a[17], 'dependents'),
      hasTelephone: a[18] === 'A192',
    },
    protectedCharacteristics: {
      sex: decode(PERSONAL_STATUS_SEX, a[8], 'personal status and sex'),
      age: wholeNumber(a[12], 'age'),
      foreignWorker: a[19] === 'A201',
    },
    isBad: wholeNumber(a[20], 'class') === 2,
  };
}

export function loadGermanCredit(file = GERMAN_CREDIT_FILE): GermanCreditApplicant[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => parseGermanCreditLine(line, i + 1));
}

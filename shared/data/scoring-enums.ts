import {
  CHECKING_STATUS, CREDIT_HISTORY, EMPLOYMENT_SINCE, HOUSING, JOB, LOAN_PURPOSE, OTHER_DEBTORS, OTHER_INSTALLMENT_PLANS, PROPERTY, SAVINGS_STATUS,
} from './german-credit';

/**
 * The scorecard's inputs as GraphQL enums, each generated from the data set's code
 * table: declared once (german-credit.ts), so users, credit-history and scores carry the
 * same values in the same order. A subgraph's schema names the type; the SDL is appended
 * when the schema is read (subgraph-schema.ts), as ConsentScope is.
 */
export const SCORING_ENUMS: Record<string, Record<string, string>> = {
  CheckingStatus: CHECKING_STATUS,
  SavingsStatus: SAVINGS_STATUS,
  CreditHistoryClass: CREDIT_HISTORY,
  LoanPurpose: LOAN_PURPOSE,
  OtherInstallmentPlans: OTHER_INSTALLMENT_PLANS,
  OtherDebtors: OTHER_DEBTORS,
  EmploymentSince: EMPLOYMENT_SINCE,
  PropertyKind: PROPERTY,
  Housing: HOUSING,
  Job: JOB,
};

/** One scoring enum as SDL. */
export const scoringEnumSdl = (name: string): string => `enum ${name} {\n${Object.values(SCORING_ENUMS[name]).map((value) => `  ${value}\n`).join('')}}\n`;

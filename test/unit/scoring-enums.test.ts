import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import {
  CHECKING_STATUS, CREDIT_HISTORY, EMPLOYMENT_SINCE, HOUSING, JOB, LOAN_PURPOSE, OTHER_DEBTORS, OTHER_INSTALLMENT_PLANS, PROPERTY, SAVINGS_STATUS,
} from '../../shared/data/german-credit';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';

/**
 * The scorecard's inputs travel through the graph as enums, declared again in every
 * subgraph that carries them (Federation wants each subgraph's schema whole). Each must
 * say what the data set's code table says, value for value and in order, or a value
 * would be scored, seeded or validated differently in different places.
 */
const CODE_TABLES: Record<string, Record<string, string>> = {
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

/** Which subgraph declares which scoring enum: users the stability facts, credit-history the file and loan, scores all of them. */
const DECLARED: [string, string][] = [
  ...['EmploymentSince', 'PropertyKind', 'Housing', 'Job'].map((name): [string, string] => ['users', name]),
  ...['CheckingStatus', 'SavingsStatus', 'CreditHistoryClass', 'LoanPurpose', 'OtherInstallmentPlans', 'OtherDebtors'].map(
    (name): [string, string] => ['credit-history', name],
  ),
  ...Object.keys(CODE_TABLES).map((name): [string, string] => ['scores', name]),
];

function enumsOf(subgraph: string): Map<string, string[]> {
  const document = parse(readFileSync(fromProjectRoot('subgraphs', subgraph, 'schema.graphql'), 'utf8'));
  return new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION
        ? [[definition.name.value, (definition.values ?? []).map((value) => value.name.value)] as const]
        : [],
    ),
  );
}

test.each(DECLARED)("the %s schema's %s enum has the values of the data set's code table, in its order", (subgraph, name) => {
  expect(enumsOf(subgraph).get(name)).toEqual(Object.values(CODE_TABLES[name]));
});

test('every scoring enum any subgraph declares is one of those checked above', () => {
  const declared = SUBGRAPH_NAMES.flatMap((subgraph) => [...enumsOf(subgraph).keys()].filter((name) => name in CODE_TABLES).map((name) => [subgraph, name]));
  expect(declared.sort()).toEqual([...DECLARED].sort());
});

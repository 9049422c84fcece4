import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { SCORING_ENUMS } from '../../shared/data/scoring-enums';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-registry';
import { readSubgraphTypeDefs } from '../../shared/server/subgraph-schema';
import { buildSchemaOf } from '../../shared/server/subgraph-server';
import { SUBGRAPHS } from '../../platform/subgraphs';

/**
 * The scorecard's inputs travel through the graph as enums. They are declared once, as
 * the data set's code tables, and generated into every subgraph schema that names them,
 * so a value is scored, seeded and validated alike everywhere.
 */
function enumsIn(sdl: string): Map<string, string[]> {
  return new Map(
    parse(sdl).definitions.flatMap((definition) =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION
        ? [[definition.name.value, (definition.values ?? []).map((value) => value.name.value)] as const]
        : [],
    ),
  );
}

const schemaFile = (subgraph: string) => fromProjectRoot('subgraphs', subgraph, 'schema.graphql');

/** Which subgraph carries which scoring enum: users the stability facts, credit-history the file and loan, scores all of them. */
const CARRIED: [string, string][] = [
  ...['EmploymentSince', 'PropertyKind', 'Housing', 'Job'].map((name): [string, string] => ['users', name]),
  ...[
    'CheckingStatus',
    'SavingsStatus',
    'CreditHistoryClass',
    'LoanPurpose',
    'OtherInstallmentPlans',
    'OtherDebtors',
  ].map((name): [string, string] => ['credit-history', name]),
  ...Object.keys(SCORING_ENUMS).map((name): [string, string] => ['scores', name]),
];

test.each(CARRIED)(
  "the %s schema as built carries %s with the values of the data set's code table, in its order",
  (subgraph, name) => {
    expect(enumsIn(readSubgraphTypeDefs(schemaFile(subgraph))).get(name)).toEqual(Object.values(SCORING_ENUMS[name]));
  },
);

test('no schema.graphql declares a scoring enum itself: each is generated from its code table', () => {
  const declared = SUBGRAPH_NAMES.flatMap((subgraph) =>
    [...enumsIn(readFileSync(schemaFile(subgraph), 'utf8')).keys()]
      .filter((name) => name in SCORING_ENUMS)
      .map((name) => `${subgraph}: ${name}`),
  );
  expect(declared).toEqual([]);
});

test('every scoring enum a built schema carries is one of those listed above', () => {
  const carried = SUBGRAPH_NAMES.flatMap((subgraph) =>
    [...enumsIn(readSubgraphTypeDefs(schemaFile(subgraph))).keys()]
      .filter((name) => name in SCORING_ENUMS)
      .map((name) => [subgraph, name]),
  );
  expect(carried.sort()).toEqual([...CARRIED].sort());
});

test('a schema that declares a scoring enum itself fails to build, so a copy cannot drift', () => {
  const file = join(tmpdir(), `credence-own-enum-${process.pid}.graphql`);
  writeFileSync(file, `${readFileSync(schemaFile('users'), 'utf8')}\nenum Job { SKILLED }\n`);
  try {
    expect(() => buildSchemaOf({ ...SUBGRAPHS.users.definition, schemaFile: file })).toThrow(/Job/);
  } finally {
    unlinkSync(file);
  }
});

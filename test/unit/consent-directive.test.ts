import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLEnumType, parse, visit, Kind, StringValueNode } from 'graphql';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { buildSchemaOf } from '../../shared/server/subgraph-server';
import { CONSENT_SCOPES } from '../../shared/consent/consent-scopes';

/** Every field a subgraph marks @requiresConsent, with its scope and description. */
function guardedFields() {
  const found: { coordinate: string; scope: string; description: string; nullable: boolean }[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const document = parse(readFileSync(fromProjectRoot('subgraphs', name, 'schema.graphql'), 'utf8'));
    visit(document, {
      ObjectTypeDefinition(type) {
        for (const field of type.fields ?? []) {
          const directive = field.directives?.find((d) => d.name.value === 'requiresConsent');
          if (!directive) continue;
          const scope = directive.arguments?.find((a) => a.name.value === 'scope')?.value;
          found.push({
            coordinate: `${type.name.value}.${field.name.value}`,
            scope: scope?.kind === Kind.ENUM ? scope.value : '?',
            description: (field.description as StringValueNode | undefined)?.value ?? '',
            nullable: field.type.kind !== Kind.NON_NULL_TYPE,
          });
        }
      },
    });
  }
  return found;
}

describe('@requiresConsent', () => {
  const fields = guardedFields();

  test('guards the score, profile and credit-history fields', () => {
    expect(fields.map((f) => f.coordinate)).toEqual(
      expect.arrayContaining([
        'CreditScore.value',
        'CreditScore.band',
        'CreditScore.reasons',
        'User.scoreAtLeast',
        'User.creditRecords',
        'User.displayName',
      ]),
    );
  });

  test('every guarded field is nullable, so a denial cannot null its parent', () => {
    expect(fields.filter((f) => !f.nullable)).toEqual([]);
  });

  test('every guarded field says its scope in its description, so introspection shows it', () => {
    expect(fields.filter((f) => !f.description.includes(`Requires consent scope ${f.scope}`))).toEqual([]);
  });

  test('is kept in the supergraph SDL by @composeDirective', () => {
    const supergraph = composeSupergraph();
    expect(supergraph).toMatch(
      /directive @requiresConsent\(\s*scope: ConsentScope!\s+"""[^"]+"""\s+noun: String\s*\) on FIELD_DEFINITION/,
    );
    expect(supergraph).toMatch(/value: Int @requiresConsent\(scope: SCORE_VALUE\)/);
  });

  test.each(SUBGRAPH_NAMES)('the %s subgraph serves the one ConsentScope, the one TypeScript knows', (name) => {
    const scope = buildSchemaOf(SUBGRAPHS[name].definition).getType('ConsentScope');
    expect(scope).toBeInstanceOf(GraphQLEnumType);
    expect(
      (scope as GraphQLEnumType)
        .getValues()
        .map((value) => value.name)
        .sort(),
    ).toEqual([...CONSENT_SCOPES].sort());
  });

  test('no subgraph declares ConsentScope itself: a second declaration fails the build', () => {
    const schemaFile = join(tmpdir(), `credence-own-scope-${process.pid}.graphql`);
    writeFileSync(
      schemaFile,
      `${readFileSync(SUBGRAPHS.consent.definition.schemaFile, 'utf8')}\nenum ConsentScope { PROFILE }\n`,
    );
    try {
      expect(() => buildSchemaOf({ ...SUBGRAPHS.consent.definition, schemaFile })).toThrow(/ConsentScope/);
    } finally {
      unlinkSync(schemaFile);
    }
  });

  test('a non-null guarded field is refused when the schema is built', () => {
    const users = SUBGRAPHS.users;
    const schemaFile = join(tmpdir(), `credence-non-null-guard-${process.pid}.graphql`);
    const original = readFileSync(users.definition.schemaFile, 'utf8');
    const broken = original.replace('displayName: String @requiresConsent', 'displayName: String! @requiresConsent');
    expect(broken).not.toBe(original);
    writeFileSync(schemaFile, broken);
    try {
      expect(() => buildSchemaOf({ ...users.definition, schemaFile })).toThrow(/User.displayName .* must be nullable/);
    } finally {
      unlinkSync(schemaFile);
    }
  });
});

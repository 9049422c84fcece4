import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema, isEnumType, isInputObjectType, isObjectType, isInterfaceType } from 'graphql';
import { PROJECT_ROOT } from '../../shared/paths';

const REASON = /Removal on or after (\d{4}-\d{2}-\d{2})\.$/;

/** Every deprecated coordinate of a schema, with its reason. */
function deprecations(schema: GraphQLSchema): [string, string][] {
  const found: [string, string][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type))
      for (const value of type.getValues())
        if (value.deprecationReason !== undefined && value.deprecationReason !== null)
          found.push([`${type.name}.${value.name}`, value.deprecationReason]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) found.push([`${type.name}.${field.name}`, field.deprecationReason]);
        for (const arg of 'args' in field ? field.args : [])
          if (arg.deprecationReason) found.push([`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason]);
      }
  }
  return found;
}

/** What CHANGELOG.md's deprecation policy asks of each: a replacement, a removal date, an entry in the changelog. */
function policyBreaches(schema: GraphQLSchema, changelog: string): string[] {
  return deprecations(schema).flatMap(([coordinate, reason]) => {
    const date = REASON.exec(reason)?.[1];
    if (!date || Number.isNaN(Date.parse(date)))
      return [`${coordinate}: the reason must end "Removal on or after YYYY-MM-DD."`];
    if (!changelog.includes(`\`${coordinate}\``)) return [`${coordinate}: not listed in CHANGELOG.md`];
    return [];
  });
}

test('every @deprecated in the API schema names its removal date and is in the changelog', () => {
  const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'gateway', 'api-schema.graphql'), 'utf8'));
  const changelog = readFileSync(join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
  expect(policyBreaches(schema, changelog)).toEqual([]);
});

test('the rule catches a deprecation without a date, and one the changelog does not list', () => {
  const schema = buildSchema(`
    type Query {
      old: Int @deprecated(reason: "Use new.")
      older(first: Int @deprecated(reason: "Use last. Removal on or after 2027-06-01.")): Int
      fine: Int @deprecated(reason: "Use new. Removal on or after 2027-06-01.")
    }
  `);
  expect(policyBreaches(schema, '- `Query.fine` …')).toEqual([
    'Query.old: the reason must end "Removal on or after YYYY-MM-DD."',
    'Query.older(first:): not listed in CHANGELOG.md',
  ]);
});

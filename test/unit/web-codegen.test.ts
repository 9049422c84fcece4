import { readdirSync } from 'node:fs';
import { fromProjectRoot } from '../../shared/paths';
import { expectCheckedIn } from '../support/checked-in';
import { generatedBy } from '../support/codegen';

/**
 * The reference page's typed operations (web/src/__generated__) are checked in, so its
 * type-check in `npm test` holds the page to the API schema. This fails when the schema
 * or an operation changed without `npm run codegen:web`.
 */
const OUTPUT = 'web/src/__generated__';
let generated: Map<string, string>;

beforeAll(async () => {
  generated = await generatedBy('web/codegen.ts');
}, 60000);

test("web/codegen.ts generates the client preset's files, and nothing else is in the folder", () => {
  const names = [...generated.keys()].map((file) => file.slice(`${OUTPUT}/`.length)).sort();
  expect(names).toEqual(['fragment-masking.ts', 'gql.ts', 'graphql.ts', 'index.ts']);
  expect(readdirSync(fromProjectRoot(OUTPUT)).sort()).toEqual(names);
});

test('the checked-in operations are what `npm run codegen:web` generates from gateway/api-schema.graphql today', () => {
  for (const [file, content] of generated) expectCheckedIn(fromProjectRoot(file), content, 'npm run codegen:web');
});

test('every operation the page sends is typed from the API schema', () => {
  const types = generated.get(`${OUTPUT}/graphql.ts`)!;
  for (const operation of ['ConsumerPageQuery', 'WhatIfQuery', 'RevokeConsentMutation']) {
    expect(types).toContain(`export type ${operation} = `);
    expect(types).toContain(`export type ${operation}Variables = `);
  }
});

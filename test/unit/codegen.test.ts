import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-registry';
import { generatedBy } from '../support/codegen';

/**
 * The resolver types are checked in, so a schema change without `npm run codegen`
 * would leave resolvers type-checked against the old schema: compare them with what
 * codegen.ts generates today.
 */
const GENERATED_FILES = [
  'shared/consent/__generated__/consent-scope.ts',
  ...SUBGRAPH_NAMES.map((name) => `subgraphs/${name}/__generated__/resolvers-types.ts`),
];

let generated: Map<string, string>;

beforeAll(async () => {
  generated = await generatedBy('codegen.ts');
});

test('codegen.ts generates ConsentScope for shared code and resolver types for every subgraph', () => {
  expect([...generated.keys()].sort()).toEqual([...GENERATED_FILES].sort());
});

test.each(GENERATED_FILES)('the checked-in %s is what `npm run codegen` generates today', (file) => {
  expect(readFileSync(fromProjectRoot(file), 'utf8')).toBe(generated.get(file));
});

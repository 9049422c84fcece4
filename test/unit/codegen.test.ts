import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fromProjectRoot } from '../../shared/paths';

/**
 * The resolver types are checked in, so a schema change without `npm run codegen`
 * would leave resolvers type-checked against the old schema. This runs the codegen
 * CLI's own `generate` on codegen.ts without writing, and compares with the files.
 * (In a child process: the CLI loads ES modules that jest cannot.)
 */
const GENERATE = `
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
loadCodegenConfig({ configFilePath: 'codegen.ts' })
  .then(({ config }) => generate({ ...config, cwd: process.cwd(), silent: true }, false))
  .then((files) => process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content })))));
`;
const GENERATED_FILES = [
  'shared/consent/__generated__/consent-scope.ts',
  ...['users', 'credit-history', 'scores', 'consent'].map((name) => `subgraphs/${name}/__generated__/resolvers-types.ts`),
];

let generated: Map<string, string>;

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', GENERATE], { cwd: fromProjectRoot(), maxBuffer: 16 * 1024 * 1024 });
  generated = new Map((JSON.parse(stdout) as { filename: string; content: string }[]).map((file) => [file.filename, file.content]));
});

test('codegen.ts generates ConsentScope for shared code and resolver types for every subgraph', () => {
  expect([...generated.keys()].sort()).toEqual([...GENERATED_FILES].sort());
});

test.each(GENERATED_FILES)('the checked-in %s is what `npm run codegen` generates today', (file) => {
  expect(readFileSync(fromProjectRoot(file), 'utf8')).toBe(generated.get(file));
});

import { readFileSync } from 'node:fs';
import { parse, OperationDefinitionNode } from 'graphql';
import { fromProjectRoot } from '../../shared/paths';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asUser, graphql, userId } from '../support/graphql';

/** Every operation in the README's ```graphql blocks, one per entry. */
function readmeOperations(): { name: string; source: string }[] {
  const readme = readFileSync(fromProjectRoot('README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) =>
    parse(block).definitions.map((definition) => {
      const operation = definition as OperationDefinitionNode;
      return {
        name: operation.name?.value ?? 'anonymous',
        source: block.slice(operation.loc!.start, operation.loc!.end),
      };
    }),
  );
}

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 5 });
});
afterAll(() => platform.stop());

const operations = readmeOperations();

test('the README shows an example for each audience', () => {
  expect(operations.map((o) => o.name)).toEqual(
    expect.arrayContaining(['MyCredit', 'DepositWaiver', 'Support', 'Decide']),
  );
});

test.each(operations.map((o) => [o.name, o.source]))(
  'the README example %s is valid against the running graph',
  async (_, source) => {
    const response = await graphql(platform.gatewayUrl, source, { id: userId(1) }, await asUser(1));
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(codes).not.toContain('GRAPHQL_PARSE_FAILED');
    expect(response.status).not.toBe(400);
  },
);

import { readdirSync, readFileSync } from 'node:fs';
import { parse, OperationDefinitionNode } from 'graphql';
import { fromProjectRoot } from '../../shared/paths';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, dataOf, graphql, idAtPartner, userId } from '../support/graphql';

const DOCUMENTS = [
  'README.md',
  ...readdirSync(fromProjectRoot('docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Every operation in a document's ```graphql blocks, one per entry. */
function operationsOf(document: string): { name: string; source: string }[] {
  const markdown = readFileSync(fromProjectRoot(document), 'utf8');
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
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

const readme = operationsOf('README.md');
const quickstart = (name: string) => readme.find((operation) => operation.name === name)!.source;

describe("the README's quickstarts, each run as its audience", () => {
  test('a consumer reads their own score and why', async () => {
    const me = dataOf(await graphql(platform.gatewayUrl, quickstart('MyScore'), {}, await asUser(1)), 'me');
    expect(me.creditScore.value).toEqual(expect.any(Number));
    expect(me.creditScore.reasons.length).toBeGreaterThan(0);
  });

  test('a partner gets the yes/no it has consent for (demo consumer 1 and Spree Bikes)', async () => {
    const user = dataOf(
      await graphql(
        platform.gatewayUrl,
        quickstart('DepositWaiver'),
        { id: idAtPartner(0, userId(1)) },
        await asPartner(0),
      ),
      'user',
    );
    expect(user.goodEnough).toEqual(expect.any(Boolean));
  });

  test('support reads one consumer with a reason, and is refused without one', async () => {
    const staff = await asStaff('support', 'ticket 1234');
    const user = dataOf(
      await graphql(platform.gatewayUrl, quickstart('OneConsumer'), { id: userId(2) }, staff),
      'user',
    );
    expect(user.creditScore.value).toEqual(expect.any(Number));
    const without = await graphql(
      platform.gatewayUrl,
      quickstart('OneConsumer'),
      { id: userId(2) },
      await asStaff('support', null),
    );
    expect(without.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});

const everyDocumentedOperation = DOCUMENTS.flatMap((document) =>
  operationsOf(document).map((operation) => [document, operation.name, operation.source]),
);

test('the docs show examples for every audience', () => {
  expect(everyDocumentedOperation.map(([, name]) => name)).toEqual(
    expect.arrayContaining(['MyScore', 'MyCredit', 'DepositWaiver', 'OneConsumer', 'Support', 'Decide']),
  );
});

test.each(everyDocumentedOperation)('%s: the example %s is valid against the running graph', async (_, __, source) => {
  const response = await graphql(platform.gatewayUrl, source, { id: userId(1) }, await asUser(1));
  const codes = (response.errors ?? []).map((e) => e.extensions?.code);
  expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
  expect(codes).not.toContain('GRAPHQL_PARSE_FAILED');
  expect(response.status).not.toBe(400);
});

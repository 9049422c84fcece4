import { readFileSync } from 'node:fs';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { fromProjectRoot } from '../../shared/paths';
import { readmeExamples } from '../../gateway/playground/readme-examples';

const EXAMPLES = readFileSync(fromProjectRoot('docs', 'examples.md'), 'utf8');
const operationNames = (source: string) =>
  parse(source)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value);

describe("the playground's example tabs, read from docs/examples.md", () => {
  test('hold every operation of docs/examples.md once, grouped for consumers, partners and staff', () => {
    const examples = readmeExamples(EXAMPLES);
    expect(examples.map((e) => e.audience)).toEqual(['consumer', 'partner', 'staff']);
    const [consumer, partner, staff] = examples.map((e) => operationNames(e.operations));
    expect(consumer).toEqual(
      expect.arrayContaining(['MyCredit', 'Share', 'Stop', 'Export', 'Leave', 'MyRequests', 'Approve', 'Decline']),
    );
    expect(partner).toEqual(['DepositWaiver', 'AskForConsent', 'FollowRequest', 'CancelRequest']);
    expect(staff).toEqual(expect.arrayContaining(['Support', 'Queue', 'Decide']));
    const everyReadmeBlock = [...EXAMPLES.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => operationNames(m[1]));
    expect([...consumer, ...partner, ...staff].sort()).toEqual(everyReadmeBlock.sort());
  });

  test("fail the build when docs/examples.md loses an audience's examples", () => {
    const withoutPartners = EXAMPLES.replace(/\*\*Partner\b/, '**Partners, soon');
    expect(() => readmeExamples(withoutPartners.replace(/```graphql\nquery DepositWaiver[\s\S]*?```/, ''))).toThrow(
      'docs/examples.md shows no example for the partner audience.',
    );
    expect(() => readmeExamples('# Examples\n')).toThrow('shows no example for the consumer audience');
  });
});

import { readFileSync } from 'node:fs';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { fromProjectRoot } from '../../shared/paths';
import { readmeExamples } from '../../gateway/playground/readme-examples';

const README = readFileSync(fromProjectRoot('README.md'), 'utf8');
const operationNames = (source: string) =>
  parse(source)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value);

describe("the playground's example tabs, read from the README", () => {
  test('hold every README operation once, grouped for consumers, partners and staff', () => {
    const examples = readmeExamples(README);
    expect(examples.map((e) => e.audience)).toEqual(['consumer', 'partner', 'staff']);
    const [consumer, partner, staff] = examples.map((e) => operationNames(e.operations));
    expect(consumer).toEqual(
      expect.arrayContaining(['MyCredit', 'Share', 'Stop', 'Export', 'Leave', 'MyRequests', 'Approve', 'Decline']),
    );
    expect(partner).toEqual(['DepositWaiver', 'AskForConsent', 'FollowRequest', 'CancelRequest']);
    expect(staff).toEqual(expect.arrayContaining(['Support', 'Queue', 'Decide']));
    const everyReadmeBlock = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => operationNames(m[1]));
    expect([...consumer, ...partner, ...staff].sort()).toEqual(everyReadmeBlock.sort());
  });

  test("fail the build when the README loses an audience's examples", () => {
    const withoutPartners = README.replace(/\*\*Partner\b/, '**Partners, soon');
    expect(() => readmeExamples(withoutPartners.replace(/```graphql\nquery DepositWaiver[\s\S]*?```/, ''))).toThrow(
      'The README shows no example for the partner audience.',
    );
    expect(() => readmeExamples('# Credence\n')).toThrow('no "## Example queries" section');
  });
});

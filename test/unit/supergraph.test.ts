import { readFileSync } from 'node:fs';
import { DirectiveNode, Kind, ObjectTypeDefinitionNode, parse } from 'graphql';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { createGatewayServer } from '../../gateway/server';
import { RunningServer } from '../../shared/server/http-server';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES, SubgraphName } from '../../shared/server/subgraph-module';
import { asUser, codesOf, graphql } from '../support/graphql';

const CHECKED_IN_SUPERGRAPH = fromProjectRoot('gateway', 'supergraph.graphql');

let supergraph: string;
beforeAll(() => {
  supergraph = composeSupergraph();
});

describe('the supergraph', () => {
  test('composes from the four subgraph schemas', () => {
    expect(supergraph).toMatch(/^schema/);
    for (const name of SUBGRAPH_NAMES) {
      expect(supergraph).toContain(`name: "${name}"`);
    }
  });

  test('checked in as gateway/supergraph.graphql is the one the subgraphs compose to now', () => {
    const checkedIn = readFileSync(CHECKED_IN_SUPERGRAPH, 'utf8');
    if (checkedIn !== supergraph) {
      const [fresh, old] = [supergraph.split('\n'), checkedIn.split('\n')];
      const line = fresh.findIndex((text, i) => text !== old[i]);
      throw new Error(
        'gateway/supergraph.graphql is out of date with the subgraph schemas: run `npm run build` and commit it.\n' +
          `First difference at line ${line + 1}:\n  checked in: ${old[line]}\n  composed:   ${fresh[line]}`,
      );
    }
  });
});

describe('the fields only the scores subgraph may read', () => {
  const fieldDirectives = (typeName: string, fieldName: string): readonly DirectiveNode[] => {
    const type = parse(supergraph).definitions.find(
      (definition): definition is ObjectTypeDefinitionNode =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typeName,
    );
    const field = type?.fields?.find((candidate) => candidate.name.value === fieldName);
    if (!field) throw new Error(`${typeName}.${fieldName} is not in the supergraph`);
    return field.directives ?? [];
  };

  test.each([
    ['creditForScoring', 'credit-history'],
    ['stabilityForScoring', 'users'],
  ])('User.%s, resolved by %s, is marked @inaccessible in the supergraph', (fieldName) => {
    expect(fieldDirectives('User', fieldName).map((directive) => directive.name.value)).toContain('inaccessible');
  });

  describe('asked for through the gateway', () => {
    let gateway: RunningServer;
    beforeAll(async () => {
      // Validation fails before any subgraph is called, so none needs to run.
      const nowhere = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'http://127.0.0.1:9/graphql'])) as Record<SubgraphName, string>;
      gateway = await (await createGatewayServer({ supergraphSdl: supergraph, subgraphUrls: nowhere })).listen(0);
    });
    afterAll(() => gateway.stop());

    test.each([
      ['creditForScoring', '{ me { creditForScoring { checkingStatus } } }'],
      ['stabilityForScoring', '{ me { stabilityForScoring { housing } } }'],
    ])('%s fails validation: the API schema does not have it', async (_, query) => {
      const response = await graphql(gateway.url, query, {}, await asUser(1));
      expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(response.data).toBeUndefined();
    });

    test('its types are not in the API schema either', async () => {
      const response = await graphql(
        gateway.url,
        '{ credit: __type(name: "CreditForScoring") { name } stability: __type(name: "StabilityForScoring") { name } user: __type(name: "User") { name } }',
      );
      expect(response.data).toEqual({ credit: null, stability: null, user: { name: 'User' } });
    });
  });
});

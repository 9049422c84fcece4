import { DirectiveNode, Kind, ObjectTypeDefinitionNode, parse } from 'graphql';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { RunningServer } from '../../shared/server/http-server';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { asUser, codesOf, graphql } from '../support/graphql';
import { expectCheckedIn } from '../support/checked-in';
import { startGatewayAlone } from '../support/gateway';

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
    expectCheckedIn(CHECKED_IN_SUPERGRAPH, supergraph, 'npm run build');
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
      gateway = await startGatewayAlone({}, supergraph);
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

import {
  buildClientSchema,
  buildSchema,
  DirectiveNode,
  getIntrospectionQuery,
  IntrospectionQuery,
  lexicographicSortSchema,
  parse,
  printSchema,
  visit,
} from 'graphql';
import { API_SCHEMA_FILE, composeSupergraphAndApiSchema } from '../../gateway/compose-supergraph';
import { RunningServer } from '../../shared/server/http-server';
import { expectCheckedIn } from '../support/checked-in';
import { startGatewayAlone } from '../support/gateway';
import { graphql } from '../support/graphql';

let apiSchema: string;
let supergraph: string;
beforeAll(() => {
  ({ apiSchema, supergraphSdl: supergraph } = composeSupergraphAndApiSchema());
});

/** Every type, field, argument and input field the supergraph marks @inaccessible, by name. */
function inaccessibleNames(sdl: string): string[] {
  const names: string[] = [];
  const marked = (directives?: readonly DirectiveNode[]) =>
    directives?.some((directive) => directive.name.value === 'inaccessible');
  visit(parse(sdl), {
    enter(node) {
      if ('name' in node && node.name && 'directives' in node && marked(node.directives)) names.push(node.name.value);
    },
  });
  return names;
}

const sorted = (schema: Parameters<typeof lexicographicSortSchema>[0]) => printSchema(lexicographicSortSchema(schema));

describe('the API schema file (gateway/api-schema.graphql)', () => {
  test('checked in, is the one the subgraphs compose to now', () => {
    expectCheckedIn(API_SCHEMA_FILE, apiSchema, 'npm run build');
  });

  test("holds none of the supergraph's @inaccessible types and fields", () => {
    const hidden = inaccessibleNames(supergraph);
    expect(hidden).toEqual(
      expect.arrayContaining([
        'creditForScoring',
        'stabilityForScoring',
        'decideAccess',
        'AccessVerdict',
        'AccessRequestInput',
        'recordDisputeNotice',
        'DisputeNoticeInput',
      ]),
    );
    const words = new Set(apiSchema.match(/\w+/g));
    expect(hidden.filter((name) => words.has(name))).toEqual([]);
  });

  test('holds no federation internals: no join or link types, no _entities or _service, no directives applied', () => {
    const directives: string[] = [];
    const names: string[] = [];
    visit(parse(apiSchema), {
      Directive: (node) => void directives.push(node.name.value),
      DirectiveDefinition: (node) => void directives.push(node.name.value),
      Name: (node) => void names.push(node.value),
    });
    expect(directives).toEqual([]);
    expect(names.filter((name) => /^(join__|link__|_entities$|_service$|_Any$|_Entity$|_Service$)/.test(name))).toEqual(
      [],
    );
    expect(buildSchema(apiSchema).getQueryType()?.getFields().me).toBeDefined();
  });

  test('says what data is, not which subgraph holds it: only erasure, whose steps are named by subgraph, speaks of them', () => {
    const speaking: string[] = [];
    visit(parse(apiSchema), {
      enter(node) {
        if ('description' in node && node.description && /subgraph/i.test(node.description.value))
          speaking.push('name' in node && node.name ? node.name.value : node.kind);
      },
    });
    expect(speaking.sort()).toEqual(['deleteMyAccount']);
  });

  describe('compared with the gateway', () => {
    let gateway: RunningServer;
    beforeAll(async () => {
      gateway = await startGatewayAlone({}, supergraph);
    });
    afterAll(() => gateway.stop());

    test('is exactly what the gateway answers to introspection, descriptions included', async () => {
      const response = await graphql<IntrospectionQuery>(
        gateway.url,
        getIntrospectionQuery({ inputValueDeprecation: true }),
      );
      expect(response.errors).toBeUndefined();
      expect(sorted(buildSchema(apiSchema))).toBe(sorted(buildClientSchema(response.data!)));
    });
  });
});

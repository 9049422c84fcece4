import { readFileSync } from 'node:fs';
import { buildSchema, isInputObjectType, isObjectType, Kind, OperationDefinitionNode, parse, visit } from 'graphql';
import { partnerScopedFields, translateOut } from '../../gateway/partner-scoped-ids';
import { fromProjectRoot } from '../../shared/paths';

const SUPERGRAPH = readFileSync(fromProjectRoot('gateway', 'supergraph.graphql'), 'utf8');
const API_SCHEMA = readFileSync(fromProjectRoot('gateway', 'api-schema.graphql'), 'utf8');

describe('the partner-scoped marks', () => {
  test('the supergraph keeps them (@composeDirective) on User.id, the look-ups and the furnished subject', () => {
    expect([...partnerScopedFields(SUPERGRAPH)]).toEqual(['User.id']);
    const marked: string[] = [];
    visit(parse(SUPERGRAPH), {
      [Kind.FIELD_DEFINITION]: (field, _, __, ___, ancestors) => {
        const type = ancestors[ancestors.length - 1] as { name: { value: string } };
        for (const argument of field.arguments ?? [])
          if (argument.directives?.some((d) => d.name.value === 'partnerScopedId'))
            marked.push(`${type.name.value}.${field.name.value}(${argument.name.value}:)`);
      },
      [Kind.INPUT_VALUE_DEFINITION]: (input, _, __, ___, ancestors) => {
        const type = ancestors[ancestors.length - 1] as { kind: string; name: { value: string } };
        if (
          type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION &&
          input.directives?.some((d) => d.name.value === 'partnerScopedId')
        )
          marked.push(`${type.name.value}.${input.name.value}`);
      },
    });
    expect(marked.sort()).toEqual(['FurnishedRecordInput.subjectId', 'Query.user(id:)', 'Query.usersByIds(ids:)']);
  });

  test('the API schema, which drops the directive, says “partner-scoped” on each of them', () => {
    const schema = buildSchema(API_SCHEMA);
    const user = schema.getType('User');
    const furnished = schema.getType('FurnishedRecordInput');
    if (!isObjectType(user) || !isInputObjectType(furnished)) throw new Error('the API schema lost its types');
    const query = schema.getQueryType()!.getFields();
    for (const description of [
      user.getFields().id.description,
      query.user.description,
      query.usersByIds.description,
      furnished.getFields().subjectId.description,
    ])
      expect(description).toMatch(/partner-scoped/i);
  });
});

describe('translation out', () => {
  const schema = buildSchema(API_SCHEMA);
  const run = (query: string, data: Record<string, unknown>) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    translateOut(schema, document, operation, partnerScopedFields(SUPERGRAPH), data, (ids) =>
      ids.map((id) => `mine(${id})`),
    );
    return data;
  };

  test('every User.id is translated once, under aliases, fragments and repeats, and nothing else is', () => {
    const data = run(
      `query Q($ids: [ID!]!) {
        a: usersByIds(ids: $ids) { id ...Who ... on User { again: id } }
        consentsHeldByMe { edges { node { id subject { id } partner { id } } } }
      }
      fragment Who on User { id }`,
      {
        a: [{ id: 'u1', again: 'u1' }, null],
        consentsHeldByMe: { edges: [{ node: { id: 'c1', subject: { id: 'u2' }, partner: { id: 'p1' } } }] },
      },
    );
    expect(data).toEqual({
      a: [{ id: 'mine(u1)', again: 'mine(u1)' }, null],
      consentsHeldByMe: { edges: [{ node: { id: 'c1', subject: { id: 'mine(u2)' }, partner: { id: 'p1' } } }] },
    });
  });

  test('a consent request names its consumer by the partner’s id', () => {
    const data = run(`{ consentRequest(id: "r") { id consent { subject { id } } } }`, {
      consentRequest: { id: 'r', consent: { subject: { id: 'u3' } } },
    });
    expect(data).toEqual({ consentRequest: { id: 'r', consent: { subject: { id: 'mine(u3)' } } } });
  });
});

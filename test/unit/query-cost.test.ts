import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { actualCost, fragmentsOf, introspectionKeys, requestedCost } from '../../gateway/query-cost';

const schema = buildSchema(`
  type Query {
    me: User
    users(first: Int = 20): UserConnection!
    usersByIds(ids: [ID!]!): [User]!
    partners: [Partner!]!
  }
  type Mutation { grant(purpose: String!): Consent }
  type Consent { id: ID! partner: Partner receipts: [Receipt!]! }
  type Partner { id: ID! name: String! }
  type UserConnection { totalCount: Int! edges: [UserEdge!]! }
  type UserEdge { node: User! }
  type User { id: ID! name: String score: Score records(first: Int = 10): RecordConnection! consents: [Consent!] }
  type Receipt { id: ID! }
  type Score { value: Int history(limit: Int = 12): [Snapshot!] }
  type Snapshot { value: Int! }
  type RecordConnection { edges: [RecordEdge!]! }
  type RecordEdge { node: Record! }
  type Record { id: ID! }
`);

function cost(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return requestedCost(schema, operation, fragmentsOf(parsed), variables);
}

describe('the requested cost of an operation', () => {
  test.each([
    ['scalars only', '{ __typename }', {}, 1],
    ['one object', '{ me { id name } }', {}, 1],
    ['an object inside an object', '{ me { score { value } } }', {}, 2],
    [
      'a page of 50: the connection, then 50 edges and 50 nodes',
      '{ users(first: 50) { totalCount edges { node { id } } } }',
      {},
      101,
    ],
    [
      'the page size from a variable',
      'query ($n: Int) { users(first: $n) { edges { node { id } } } }',
      { n: 100 },
      201,
    ],
    ['the page size from the schema default', '{ users { edges { node { id } } } }', {}, 41],
    [
      '100 ids, each user with a score',
      'query ($ids: [ID!]!) { usersByIds(ids: $ids) { id score { value } } }',
      { ids: Array(100).fill('x') },
      200,
    ],
    ['ids given inline', '{ usersByIds(ids: ["a", "b", "c"]) { id } }', {}, 3],
    ['a list sized by limit', '{ me { score { history(limit: 3) { value } } } }', {}, 5],
    [
      'nested pages multiply',
      '{ users(first: 10) { edges { node { records(first: 5) { edges { node { id } } } } } } }',
      {},
      1 + 10 * (1 + 1 + 1 + 5 * 2),
    ],
    ['a list without a size counts as a default page of 20', '{ partners { id name } }', {}, 20],
    [
      'lists without a size nest: 20 consents, each with 20 receipts and a partner',
      '{ me { consents { id receipts { id } partner { id } } } }',
      {},
      1 + 20 * (1 + 20 + 1),
    ],
    [
      "a connection's edges are counted by its page, not priced again",
      '{ users(first: 3) { edges { node { id } } } }',
      {},
      1 + 3 * 2,
    ],
    ['a mutation', 'mutation { grant(purpose: "x") { id partner { name } } }', {}, 2],
  ])('%s', (_name, document, variables, expected) => {
    expect(cost(document, variables)).toBe(expected);
  });

  test('fragments cost what their selections cost, wherever they are spread', () => {
    const inline = cost('{ usersByIds(ids: ["a", "b"]) { score { value } } me { score { value } } }');
    const spread = cost('{ usersByIds(ids: ["a", "b"]) { ...S } me { ...S } } fragment S on User { score { value } }');
    const typed = cost(
      '{ usersByIds(ids: ["a", "b"]) { ... on User { score { value } } } me { ... { score { value } } } }',
    );
    expect(spread).toBe(inline);
    expect(typed).toBe(inline);
  });

  test('a fragment explosion is priced at its full expansion, in one pass over each fragment', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels - 1 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const document = `{ ...F0 } ${fragments.join(' ')} fragment F${levels - 1} on Query { me { id } }`;
    const typeLookups = jest.spyOn(schema, 'getType');
    expect(cost(document)).toBe(2 ** (levels - 1));
    expect(typeLookups).toHaveBeenCalledTimes(levels); // each fragment's type condition, once
    typeLookups.mockRestore();
  });
});

test('a fragment cycle (which validation refuses first) cannot make the pricing loop', () => {
  expect(cost('{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }')).toBe(1);
});

describe('the actual cost of a response', () => {
  test('counts every object in the data, list items included, but not the data object itself', () => {
    expect(actualCost({ users: { totalCount: 2, edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }] } })).toBe(5);
    expect(actualCost({ usersByIds: [{ id: 'a', score: null }, null, { id: 'b', score: { value: 700 } }] })).toBe(3);
  });

  test("introspection is priced by the static limits, as the estimate prices it, not by the schema's size, under any alias", () => {
    const operation = parse('{ s: __schema { types { name } } me { id } }').definitions[0] as OperationDefinitionNode;
    const data = { s: { types: [{ name: 'Query' }, { name: 'User' }] }, me: { id: 'u' } };
    expect(actualCost(data, introspectionKeys(operation))).toBe(1);
    expect(actualCost(data)).toBe(4);
  });

  test('an answer without data still costs one', () => {
    expect(actualCost(undefined)).toBe(1);
    expect(actualCost(null)).toBe(1);
  });
});

/**
 * The hostile requests an outside review sent to Credence, and more of their kind:
 * what `test/e2e/hostile.test.ts` asserts is refused with a coded error, and what
 * `npm run bench` times. Each is a raw HTTP request, so malformed ones can be told too.
 */
export interface HostileRequest {
  name: string;
  contentType: string;
  body: string;
  /** the `extensions.code` the refusal carries */
  code: string;
  /** the HTTP status of the refusal */
  status: number;
}

/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F<n-1> on Query { __typename }`: 2^n fields from a few hundred bytes. */
export function fragmentExplosion(levels: number): string {
  const doubling = Array.from(
    { length: levels - 1 },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return [`{ ...F0 }`, ...doubling, `fragment F${levels - 1} on Query { __typename }`].join(' ');
}

const SOME_USER = '00000000-0000-4000-8000-000000000000';
/** 900 KB of id: refused at the gateway without being quoted back. */
export const HUGE_ID = '9'.repeat(900_000);

/** A path that cycles account → records → account, as deep as asked. */
function deepNesting(levels: number): string {
  const opening = 'account { records { edges { node { '.repeat(levels);
  return `{ me { creditRecords { edges { node { ${opening} id ${'} } } } '.repeat(levels)} } } } } }`;
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const JSON_TYPE = 'application/json';

export const HOSTILE_REQUESTS: HostileRequest[] = [
  {
    name: '25-level fragment explosion',
    contentType: JSON_TYPE,
    body: json(fragmentExplosion(25)),
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: '10,000 repeated fields',
    contentType: JSON_TYPE,
    body: json(`{ user(id: "${SOME_USER}") { ${'id '.repeat(10_000)}} }`),
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
  },
  {
    name: '1,000 aliases of user { creditScore }',
    contentType: JSON_TYPE,
    body: json(
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: user(id: "${SOME_USER}") { creditScore { value } }`).join(' ')} }`,
    ),
    code: 'GRAPHQL_PARSE_FAILED',
    status: 400,
  },
  {
    name: '16 aliases (within the token limit)',
    contentType: JSON_TYPE,
    body: json(
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: user(id: "${SOME_USER}") { creditScore { value } }`).join(' ')} }`,
    ),
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: 'nesting 45 levels deep',
    contentType: JSON_TYPE,
    body: json(deepNesting(10)),
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: '51 directives',
    contentType: JSON_TYPE,
    body: json(`{ partners { ${'name @include(if: true) '.repeat(51)}} }`),
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: 'introspection 5 levels of fields deep',
    contentType: JSON_TYPE,
    body: json(`{ __schema { types { ${'fields { type { '.repeat(5)} name ${'} } '.repeat(5)} } } }`),
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
  },
  {
    name: '900 KB id',
    contentType: JSON_TYPE,
    body: json(`{ partner(id: "${HUGE_ID}") { name } }`),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    name: '900 KB id in a variable',
    contentType: JSON_TYPE,
    body: json('query ($id: ID!) { partner(id: $id) { name } }', { id: HUGE_ID }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    name: 'variables nested 100,000 lists deep',
    contentType: JSON_TYPE,
    body: `{"query":"query ($ids: [ID!]!) { usersByIds(ids: $ids) { id } }","variables":{"ids":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'batch of 1,000 operations',
    contentType: JSON_TYPE,
    body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ partners { name } }' }))),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'malformed JSON',
    contentType: JSON_TYPE,
    body: '{"query": "{ partners { name } }"',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'a JSON string, not an object',
    contentType: JSON_TYPE,
    body: '"{ partners { name } }"',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'body over 1 MB',
    contentType: JSON_TYPE,
    body: json('{ partners { name } }', { padding: 'x'.repeat(1_100_000) }),
    code: 'BAD_REQUEST',
    status: 413,
  },
  {
    name: 'text/plain (a simple CORS request)',
    contentType: 'text/plain',
    body: json('{ partners { name } }'),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'form-encoded',
    contentType: 'application/x-www-form-urlencoded',
    body: 'query=%7B%20partners%20%7B%20name%20%7D%20%7D',
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'application/graphql',
    contentType: 'application/graphql',
    body: '{ partners { name } }',
    code: 'BAD_REQUEST',
    status: 400,
  },
];

/** What a well-behaved client asks meanwhile: the partner directory, open to anyone. */
export const NORMAL_QUERY = '{ partners { id name } }';

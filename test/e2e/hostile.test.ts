import { Lexer, Source, TokenKind } from 'graphql';
import { Platform } from '../../platform/launcher';
import { HOSTILE_REQUESTS, HostileRequest, HUGE_ID, NORMAL_QUERY } from '../../scripts/bench/hostile-documents';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, codesOf, graphql, idAtPartner, partnerId, userId } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 110 });
});
afterAll(() => platform.stop());

async function send(request: HostileRequest) {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': request.contentType },
    body: request.body,
  });
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

async function askNormally() {
  return graphql<{ partners: { id: string; name: string }[] }>(platform.gatewayUrl, NORMAL_QUERY);
}

function tokensIn(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Codes of errors a subgraph raised: what a subgraph limit refusing a gateway plan would look like. */
const subgraphRefusals = (response: Awaited<ReturnType<typeof graphql>>) =>
  (response.errors ?? []).filter(
    (e) => e.extensions?.serviceName && /GRAPHQL_(PARSE|VALIDATION)_FAILED/.test(String(e.extensions.code)),
  );

describe('hostile documents', () => {
  test.each(HOSTILE_REQUESTS.map((request) => [request.name, request] as const))(
    '%s: refused with a coded GraphQL JSON error, while a normal query sent alongside is answered',
    async (_name, request) => {
      const [refusals, normal] = await Promise.all([
        Promise.all([send(request), send(request), send(request)]),
        askNormally(),
      ]);
      for (const refusal of refusals) {
        expect(refusal.status).toBe(request.status);
        expect(refusal.contentType).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
        const body = JSON.parse(refusal.text) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors.map((e) => e.extensions.code)).toContain(request.code);
        expect(refusal.text).not.toMatch(/<html|<pre>|\bat \S+ \(|node_modules|\/work\//i);
        expect(refusal.text.length).toBeLessThan(2000); // no input echoed back whole
      }
      expect(normal.status).toBe(200);
      expect(normal.errors).toBeUndefined();
      expect(normal.data!.partners.length).toBeGreaterThan(0);
    },
  );

  test('a 900 KB id goes no further than the gateway, and is not quoted back', async () => {
    const before = platform.queryCount();
    const response = await graphql(platform.gatewayUrl, 'query ($id: ID!) { partner(id: $id) { name } }', {
      id: HUGE_ID,
    });
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toBe('Text inputs are at most 10000 characters long: see $id.');
    expect(platform.queryCount()).toBe(before);
  });

  test('an id short enough to reach a subgraph comes back in its error only as a 64-character prefix', async () => {
    const longId = `${'7'.repeat(64)}${'6'.repeat(9_000)}`;
    const response = await graphql(platform.gatewayUrl, 'query ($id: ID!) { partner(id: $id) { name } }', {
      id: longId,
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toBe(`"${'7'.repeat(64)}…" is not a valid id: expected a lowercase UUID.`);
  });

  test('after every attack, queries that cross subgraphs still work (no hung sockets, no stray 500s)', async () => {
    await Promise.all(HOSTILE_REQUESTS.map(send));
    const mine = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            id
            displayName
            creditScore {
              value
              band
            }
            creditRecords(first: 3) {
              totalCount
            }
          }
        }
      `,
      {},
      await asUser(1),
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.me.creditScore.value).toEqual(expect.any(Number));
  });
});

describe('the limits refuse no legitimate query, at the gateway or in a subgraph', () => {
  test('a partner asking about 100 consumers at once, with nested fields across three subgraphs', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => idAtPartner(0, userId(i + 1)));
    const response = await graphql(
      platform.gatewayUrl,
      `
        query Many($ids: [ID!]!) {
          usersByIds(ids: $ids) {
            id
            displayName
            stability {
              housing
              job
            }
            creditFile {
              creditHistory
            }
            creditScore {
              value
              band
              modelVersion
              computedAt
              categories {
                category
                points
              }
              reasons {
                code
                sentence
              }
            }
            yes: scoreAtLeast(threshold: 600)
          }
        }
      `,
      { ids },
      await asPartner(0),
    );
    expect(response.status).toBe(200);
    expect(response.data!.usersByIds).toHaveLength(100);
    expect(subgraphRefusals(response)).toEqual([]);
    expect(new Set(codesOf(response))).toEqual(new Set(['CONSENT_REQUIRED']));
  });

  test('15 aliases (the limit) of a field that crosses subgraphs', async () => {
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `u${i}: user(id: "${userId(i + 1)}") { id creditScore { value band history { value } } }`,
    );
    const response = await graphql(platform.gatewayUrl, `{ ${aliases.join(' ')} }`, {}, await asStaff());
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(15);
  });

  test('a query 12 levels deep (the limit) through connections owned by different subgraphs', async () => {
    const deep = `{ users(first: 5) { edges { node { creditAccounts(first: 2) { edges { node { records(first: 2) { edges { node { account { records(first: 1) { totalCount } } } } } } } } } } } }`;
    const response = await graphql(platform.gatewayUrl, deep, {}, await asStaff());
    expect(response.errors).toBeUndefined();
    expect(response.data!.users.edges).toHaveLength(5);
  });

  test('a document of nearly 1,000 tokens (the limit), fragments included, spread over every subgraph', async () => {
    const everything = `fragment Everything on User { id displayName createdAt optedInAt stability { employmentSince housing job }
      creditFile { creditHistory checkingStatus } consents { edges { node { id scopes status partner { name } } } }
      creditScore { value band probabilityOfDefault modelVersion computedAt categories { category points maxPoints scored explanation }
      reasons { code characteristic category pointsLost sentence } history(limit: 3) { value band computedAt } } }`;
    const perUser = (i: number) =>
      `u${i}: user(id: "${userId(i + 1)}") { ...Everything creditRecords(first: 2) { totalCount edges { node { id dueOn status disputed } } } creditAccounts(first: 2) { edges { node { kind records(first: 1) { edges { node { status } } } } } } }`;
    const document = `query Big { ${Array.from({ length: 15 }, (_, i) => perUser(i)).join(' ')} } ${everything}`;
    expect(tokensIn(document)).toBeGreaterThan(900);
    expect(tokensIn(document)).toBeLessThanOrEqual(1000);
    const response = await graphql(platform.gatewayUrl, document, {}, await asStaff());
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toHaveLength(15);
    expect(response.data!.u14.creditScore.categories.length).toBeGreaterThan(0);
  });

  test('the partner directory through a fragment used in many places is one cheap query', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `{ partners { ...P } p: partner(id: "${partnerId(1)}") { ...P } } fragment P on Partner { id name }`,
    );
    expect(response.errors).toBeUndefined();
  });
});

import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asStaff, asUser, codesOf, graphql, GraphQLResponse, userId } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const ME = `query Me($first: Int, $after: String) {
  me {
    id displayName createdAt contact { email masked } stability { employmentSince housing }
    creditFile { creditHistory checkingStatus relationships { otherDebtors scored } }
    creditRecords(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id dueOn status amountCents source } }
    }
    creditScore { value band modelVersion categories { category points } }
  }
}`;

describe('one query through the gateway', () => {
  test('returns a user with profile, credit history and score, each from its own subgraph', async () => {
    const response = await graphql(platform.gatewayUrl, ME, { first: 5 }, await asUser(1));
    expect(response.errors).toBeUndefined();
    const me = response.data!.me;
    expect(me.id).toBe(userId(1));
    expect(me.displayName).toMatch(/^\w+ \w+$/);
    expect(me.contact).toEqual({ email: expect.stringMatching(/^\w\*\*\*@example\.com$/), masked: true });
    expect(me.stability.employmentSince).toBe('AT_LEAST_7_YEARS'); // applicant 1 of the data set: A75
    expect(me.creditFile.creditHistory).toBe('CRITICAL_ACCOUNT'); // applicant 1: A34
    expect(me.creditRecords.edges).toHaveLength(5);
    expect(me.creditRecords.totalCount).toBeGreaterThan(5);
    expect(me.creditScore.value).toBeGreaterThanOrEqual(350);
    expect(me.creditScore.value).toBeLessThanOrEqual(950);
    const categorySum = me.creditScore.categories.reduce((sum: number, c: { points: number }) => sum + c.points, 0);
    expect(categorySum).toBe(me.creditScore.value);
  });

  test('pages through credit records newest first without gaps or repeats', async () => {
    const caller = await asUser(2);
    const seen: { id: string; dueOn: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: GraphQLResponse = await graphql(platform.gatewayUrl, ME, { first: 4, after }, caller);
      expect(response.errors).toBeUndefined();
      const page: {
        totalCount: number;
        edges: { node: { id: string; dueOn: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = response.data!.me.creditRecords;
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    const dates = seen.map((r) => r.dueOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('bad input gets clear errors and crashes nothing', () => {
  const USER = `query User($id: ID!) { user(id: $id) { id displayName } }`;

  test('an unknown user id is null with NOT_FOUND', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      USER,
      { id: '00000000-0000-4000-8000-000000000000' },
      await asStaff(),
    );
    expect(response.data?.user).toBeNull();
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
  });

  test('a malformed user id is BAD_USER_INPUT', async () => {
    const response = await graphql(platform.gatewayUrl, USER, { id: "1' OR '1'='1" }, await asStaff());
    expect(response.data?.user).toBeNull();
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  test.each([
    ['a page size of zero', { first: 0 }],
    ['a page size over the maximum', { first: 1000 }],
    ['a negative page size', { first: -3 }],
    ['a cursor the API never issued', { first: 5, after: 'not-a-cursor' }],
  ])('%s is BAD_USER_INPUT and the rest of the user still resolves', async (_, variables) => {
    const response = await graphql(platform.gatewayUrl, ME, variables, await asUser(3));
    expect(codesOf(response)).toContain('BAD_USER_INPUT');
    expect(response.data?.me.displayName).toEqual(expect.any(String));
    expect(response.data?.me.creditRecords).toBeNull();
  });

  test('no error reveals internals, and the servers keep answering', async () => {
    const broken = await graphql(platform.gatewayUrl, '{ me { id ', {}, await asUser(1));
    expect(codesOf(broken)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(JSON.stringify(broken)).not.toMatch(/stacktrace|node_modules|at .*\.js/);
    const after = await graphql(platform.gatewayUrl, ME, { first: 1 }, await asUser(1));
    expect(after.data?.me.id).toBe(userId(1));
  });
});

describe('operations', () => {
  test('every response names its request with a fresh id', async () => {
    const ask = () =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ partners { name } }"}',
      });
    const [a, b] = await Promise.all([ask(), ask()]);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  test('the gateway and every subgraph answer a health check without credentials', async () => {
    for (const url of [platform.gatewayUrl, ...Object.values(platform.subgraphUrls)]) {
      const response = await fetch(url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', server: expect.any(String) });
    }
  });

  test('a query deeper than any client needs is refused before it reaches a subgraph', async () => {
    const deep = `{ me { creditAccounts { edges { node { records { edges { node { account { records { edges { node { account { records { edges { node { id } } } } } } } } } } } } } } } }`;
    const response = await graphql(platform.gatewayUrl, deep, {}, await asUser(1));
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/depth/);
  });
});

import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asStaff, Caller, graphql, GraphQLResponse } from '../support/graphql';

/**
 * The DataLoader proof: every list in the query below is resolved by loaders that
 * batch per request, so the SQL a request costs does not grow with the number of
 * users it asks for.
 */
const USERS_WITH_EVERYTHING = `query Users($first: Int!, $after: String) {
  users(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        displayName
        stability { employmentSince housing }
        creditFile { creditHistory checkingStatus }
        creditAccounts(first: 3) { edges { node { kind records(first: 2) { edges { node { status } } } } } }
        creditRecords(first: 5) { totalCount edges { node { id status } } }
        creditScore { value band history { value } }
      }
    }
  }
}`;

interface UserNode {
  id: string;
  displayName: string | null;
  creditFile: { creditHistory: string } | null;
  creditAccounts: { edges: { node: { records: { edges: unknown[] } } }[] } | null;
  creditRecords: { edges: unknown[] } | null;
  creditScore: { value: number | null; band: string | null; history: { value: number }[] | null } | null;
}

let platform: Platform;
let staff: Caller;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 60 });
  staff = await asStaff();
});
afterAll(() => platform.stop());

/** Runs the query for a page of users and returns its response and the SQL statements it cost. */
async function measure(
  first: number,
  after: string | null = null,
): Promise<{ response: GraphQLResponse; queries: number }> {
  const before = platform.queryCount();
  const response = await graphql(platform.gatewayUrl, USERS_WITH_EVERYTHING, { first, after }, staff);
  return { response, queries: platform.queryCount() - before };
}

function usersOf(response: GraphQLResponse): UserNode[] {
  expect(response.errors).toBeUndefined();
  return response.data!.users.edges.map((edge: { node: UserNode }) => edge.node);
}

const lastCursorOf = (response: GraphQLResponse): string => response.data!.users.edges.at(-1).cursor;

describe('a query over many users costs as many SQL statements as a query over one', () => {
  let cold: Record<1 | 50, number>;
  let warm: Record<1 | 50, number>;
  let fifty: UserNode[];

  beforeAll(async () => {
    // The 50 users come after the single one, so both cold runs meet users no request
    // asked for before (nothing is computed or recorded on read: scores are stored when
    // their inputs change), and the warm runs repeat the very same pages.
    const coldOne = await measure(1);
    const afterOne = lastCursorOf(coldOne.response);
    const coldFifty = await measure(50, afterOne);
    const warmOne = await measure(1);
    const warmFifty = await measure(50, afterOne);
    expect(usersOf(coldOne.response)).toHaveLength(1);
    expect(usersOf(coldFifty.response)).toHaveLength(50);
    expect(usersOf(warmOne.response)).toHaveLength(1);
    fifty = usersOf(warmFifty.response);
    cold = { 1: coldOne.queries, 50: coldFifty.queries };
    warm = { 1: warmOne.queries, 50: warmFifty.queries };
  });

  test('the 50-user response really holds 50 users, each with a profile, credit history and score', () => {
    expect(fifty).toHaveLength(50);
    expect(new Set(fifty.map((user) => user.id)).size).toBe(50);
    for (const user of fifty) {
      expect(user.displayName).toEqual(expect.any(String));
      expect(user.creditFile?.creditHistory).toEqual(expect.any(String));
      expect(user.creditAccounts?.edges.length).toBeGreaterThan(0);
      // an account opened last month has no record yet, but every user has some
      const accountRecords = user.creditAccounts!.edges.flatMap((edge) => edge.node.records.edges);
      expect(accountRecords.length).toBeGreaterThan(0);
      expect(user.creditRecords?.edges.length).toBeGreaterThan(0);
      expect(user.creditScore?.value).toEqual(expect.any(Number));
      expect(user.creditScore?.band).toEqual(expect.any(String));
      expect(user.creditScore?.history?.length).toBeGreaterThan(0);
    }
  });

  test('asked again, 1 user and 50 users cost the same number of SQL statements', () => {
    expect(warm[50]).toBe(warm[1]);
  });

  test('asked the first time, 1 user and 50 users cost the same number of SQL statements', () => {
    expect(cold[50]).toBe(cold[1]);
  });

  test('a request over 50 users costs a small, fixed number of SQL statements', () => {
    expect(warm[50]).toBeGreaterThan(0);
    expect(warm[50]).toBeLessThan(40);
  });
});

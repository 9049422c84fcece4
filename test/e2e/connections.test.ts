import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, Caller, codesOf, graphql, partnerId, userId } from '../support/graphql';

/**
 * Every list that grows is a cursor connection of one shape: `first` (1 to 100) and `after`,
 * `edges { cursor node }`, `pageInfo { hasNextPage endCursor }`, `totalCount`. Walking one a
 * node at a time gives the same list, in the same order, as asking for it whole.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 60 });
  await seedLists();
}, 180_000);
afterAll(() => platform.stop());

const HOLDER = 0;
const CONSUMER = 3;
const ask = (query: string, variables: Record<string, unknown>, caller: Caller) =>
  graphql(platform.gatewayUrl, query, variables, caller);

async function must(query: string, variables: Record<string, unknown>, caller: Caller) {
  const response = await ask(query, variables, caller);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Several items in every list: consents, requests, deliveries, disputes and score reviews. */
async function seedLists() {
  const holder = await asPartner(HOLDER);
  await must(`mutation { setWebhookEndpoint(url: "http://127.0.0.1:9/hooks") { secret } }`, {}, holder);
  const GRANT = `mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
  for (const partner of [0, 1, 2, 3])
    await must(
      GRANT,
      { input: { partnerId: partnerId(partner), scopes: ['SCORE_BAND'], purpose: 'pages' } },
      await asUser(CONSUMER),
    );
  for (const subject of [4, 5, 6])
    await must(
      GRANT,
      { input: { partnerId: partnerId(HOLDER), scopes: ['SCORE_BAND'], purpose: 'pages' } },
      await asUser(subject),
    );
  for (const scopes of [['SCORE_BAND'], ['SCORE_VALUE'], ['CREDIT_HISTORY']])
    await must(
      `mutation R($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`,
      { input: { scopes, purpose: 'a page of requests' } },
      holder,
    );
  for (const subject of [7, 8, 9])
    await must(
      `mutation { requestScoreReview(statement: "My savings are elsewhere.") { id } }`,
      {},
      await asUser(subject),
    );
  await fileDisputes();
}

/** Disputes the late records of the first consumers who have some: at least three, two of them one consumer's. */
let disputer = 0;
async function fileDisputes() {
  let filed = 0;
  for (let subject = 10; subject <= 60 && filed < 3; subject += 1) {
    const caller = await asUser(subject);
    const data = await must(`{ me { creditRecords(first: 100) { edges { node { id status } } } } }`, {}, caller);
    const late = data.me.creditRecords.edges.map((e: any) => e.node).filter((r: any) => r.status === 'LATE');
    if (late.length < 2) continue;
    for (const record of late.slice(0, 2))
      await must(
        `mutation F($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`,
        { input: { recordId: record.id, reason: 'PAID_ON_TIME', details: 'Paid before the due date.' } },
        caller,
      );
    if (!disputer) disputer = subject;
    filed += 2;
  }
  expect(filed).toBeGreaterThanOrEqual(3);
}

interface ListCase {
  name: string;
  /** the query with $first and $after, and the path from data to the connection */
  query: string;
  path: string[];
  caller: () => Promise<Caller>;
  variables?: () => Record<string, unknown>;
  atLeast: number;
}

const page =
  '(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }';
const vars = '$first: Int, $after: String';

const LISTS: ListCase[] = [
  {
    name: 'myConsents',
    query: `query(${vars}) { myConsents${page} }`,
    path: ['myConsents'],
    caller: () => asUser(CONSUMER),
    atLeast: 4,
  },
  {
    name: 'consentsHeldByMe',
    query: `query(${vars}) { consentsHeldByMe${page} }`,
    path: ['consentsHeldByMe'],
    caller: () => asPartner(HOLDER),
    atLeast: 4,
  },
  {
    name: 'User.consents (staff, with a reason)',
    query: `query($id: ID!, ${vars}) { user(id: $id) { consents${page} } }`,
    path: ['user', 'consents'],
    caller: () => asStaff('support', 'ticket 77'),
    variables: () => ({ id: userId(CONSUMER) }),
    atLeast: 4,
  },
  {
    name: 'Partner.consentsHeld (staff, with a reason)',
    query: `query($id: ID!, ${vars}) { partner(id: $id) { consentsHeld${page} } }`,
    path: ['partner', 'consentsHeld'],
    caller: () => asStaff('compliance', 'audit 9'),
    variables: () => ({ id: partnerId(HOLDER) }),
    atLeast: 4,
  },
  {
    name: 'webhookDeliveries',
    query: `query(${vars}) { webhookDeliveries${page} }`,
    path: ['webhookDeliveries'],
    caller: () => asPartner(HOLDER),
    atLeast: 4,
  },
  {
    name: 'consentRequestsMadeByMe',
    query: `query(${vars}) { consentRequestsMadeByMe${page} }`,
    path: ['consentRequestsMadeByMe'],
    caller: () => asPartner(HOLDER),
    atLeast: 3,
  },
  {
    name: 'myConsentRequests',
    query: `query(${vars}) { myConsentRequests${page} }`,
    path: ['myConsentRequests'],
    caller: () => asUser(CONSUMER),
    atLeast: 0,
  },
  {
    name: 'disputeQueue',
    query: `query(${vars}) { disputeQueue${page} }`,
    path: ['disputeQueue'],
    caller: () => asStaff('disputes', 'queue'),
    atLeast: 3,
  },
  {
    name: 'User.disputes',
    query: `query(${vars}) { me { disputes${page} } }`,
    path: ['me', 'disputes'],
    caller: () => asUser(disputer),
    atLeast: 2,
  },
  {
    name: 'scoreReviewQueue',
    query: `query(${vars}) { scoreReviewQueue${page} }`,
    path: ['scoreReviewQueue'],
    caller: () => asStaff('disputes', 'queue'),
    atLeast: 3,
  },
  {
    name: 'User.accessLog',
    query: `query(${vars}) { me { accessLog${page} } }`,
    path: ['me', 'accessLog'],
    caller: () => asUser(CONSUMER),
    atLeast: 0,
  },
  {
    name: 'myNotifications',
    query: `query(${vars}) { myNotifications${page} }`,
    path: ['myNotifications'],
    caller: () => asUser(CONSUMER),
    atLeast: 0,
  },
  {
    name: 'User.creditRecords',
    query: `query(${vars}) { me { creditRecords${page} } }`,
    path: ['me', 'creditRecords'],
    caller: () => asUser(disputer),
    atLeast: 2,
  },
  {
    name: 'User.creditAccounts',
    query: `query(${vars}) { me { creditAccounts${page} } }`,
    path: ['me', 'creditAccounts'],
    caller: () => asUser(disputer),
    atLeast: 1,
  },
  {
    name: 'disputesOfMyRecords',
    query: `query(${vars}) { disputesOfMyRecords${page} }`,
    path: ['disputesOfMyRecords'],
    caller: () => asPartner(HOLDER),
    atLeast: 0,
  },
  {
    name: 'User.scoreReviews',
    query: `query(${vars}) { me { scoreReviews${page} } }`,
    path: ['me', 'scoreReviews'],
    caller: () => asUser(7),
    atLeast: 1,
  },
];

interface ConnectionView {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

const connectionAt = (data: any, path: string[]): ConnectionView => path.reduce((value, key) => value[key], data);

describe.each(LISTS)('$name', ({ query, path, caller, variables, atLeast }) => {
  const list = async (first: number, after: string | null) =>
    connectionAt(await must(query, { ...variables?.(), first, after }, await caller()), path);

  test('walked one node at a time, gives the whole list in order, with its count', async () => {
    const whole = await list(100, null);
    expect(whole.totalCount).toBeGreaterThanOrEqual(atLeast);
    expect(whole.edges).toHaveLength(whole.totalCount);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages <= whole.totalCount; pages += 1) {
      const one: ConnectionView = await list(1, after);
      expect(one.totalCount).toBe(whole.totalCount);
      expect(one.edges.length).toBeLessThanOrEqual(1);
      walked.push(...one.edges.map((edge) => edge.node.id));
      if (one.edges.length) expect(one.pageInfo.endCursor).toBe(one.edges[0].cursor);
      if (!one.pageInfo.hasNextPage) break;
      after = one.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.edges.map((edge) => edge.node.id));
  });

  test.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a cursor it did not issue', { after: 'not-a-cursor' }, 'after'],
    [
      'a well-formed cursor with no time in it',
      { after: Buffer.from('["yesterday","x"]').toString('base64url') },
      'after',
    ],
    [
      'a cursor with a time and a day but no id of ours',
      { after: Buffer.from('["2026-01-01","x"]').toString('base64url') },
      'after',
    ],
  ])('%s is BAD_USER_INPUT naming the argument, and not the subgraph that refused it', async (_, args, argument) => {
    const response = await ask(query, { ...variables?.(), first: 5, ...args }, await caller());
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });
});

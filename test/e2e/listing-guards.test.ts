import { Platform } from '../../platform/launcher';
import { mintToken } from '../../gateway/viewer-token';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, Caller, codesOf, graphql } from '../support/graphql';

/**
 * Promises no other test guarded (found by planting faults): who may list consumers,
 * what a blank reason counts as, and the page limit of a partner's webhook deliveries.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 5 });
});
afterAll(() => platform.stop());

const CONSUMERS = `{ users(first: 2) { totalCount edges { node { id } } } }`;
const staffToken = async (role: string) => (await asStaff(role, null)).token!;

describe('the consumer list, users(first:)', () => {
  test.each<[string, () => Promise<Caller>, string]>([
    ['anonymous callers', async () => ({}), 'UNAUTHENTICATED'],
    ['a consumer', () => asUser(1), 'FORBIDDEN'],
    ['a partner', () => asPartner(0), 'FORBIDDEN'],
    [
      'an engineer, even with a reason',
      async () => ({ token: await staffToken('engineer'), reason: 'ticket 1234' }),
      'FORBIDDEN',
    ],
    [
      'partner management staff, even with a reason',
      async () => ({ token: await staffToken('partners'), reason: 'ticket 1234' }),
      'FORBIDDEN',
    ],
    ['support without a reason', async () => ({ token: await staffToken('support') }), 'FORBIDDEN'],
    [
      'support with a blank reason (spaces are no reason)',
      async () => ({ token: await staffToken('support'), reason: '   ' }),
      'FORBIDDEN',
    ],
  ])('is refused to %s, with no data', async (_, caller, code) => {
    const response = await graphql(platform.gatewayUrl, CONSUMERS, {}, await caller());
    expect(codesOf(response)).toEqual([code]);
    expect(response.data?.users ?? null).toBeNull();
  });

  test.each(['support', 'disputes', 'compliance'])('is answered to %s staff who state a reason', async (role) => {
    const response = await graphql(
      platform.gatewayUrl,
      CONSUMERS,
      {},
      { token: await staffToken(role), reason: 'ticket 1234: customer asked' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.users.edges).toHaveLength(2);
  });

  test('a token naming an unknown staff role is no staff member at all', async () => {
    const token = await mintToken({ sub: 'staff-9', kind: 'staff', role: 'admin' });
    expect(codesOf(await graphql(platform.gatewayUrl, CONSUMERS, {}, { token, reason: 'ticket 1' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe("a partner's webhook deliveries, webhookDeliveries(first:)", () => {
  const deliveries = async (first: number) =>
    graphql(
      platform.gatewayUrl,
      `{ webhookDeliveries(first: ${first}) { totalCount edges { node { id } } } }`,
      {},
      await asPartner(0),
    );

  test('answers a page of up to 100', async () => {
    const page = await deliveries(100);
    expect(page.errors).toBeUndefined();
    expect(Array.isArray(page.data!.webhookDeliveries.edges)).toBe(true);
  });

  test.each([101, 0, -1])('refuses first: %i with BAD_USER_INPUT naming the argument', async (first) => {
    const page = await deliveries(first);
    expect(codesOf(page)).toEqual(['BAD_USER_INPUT']);
    expect(page.errors![0].extensions!.argument).toBe('first');
    expect(page.data?.webhookDeliveries ?? null).toBeNull();
  });
});

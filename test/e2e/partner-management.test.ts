import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  GraphQLResponse,
  userId,
  nodesOf,
  idAtPartner,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 20 });
});
afterAll(() => platform.stop());

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const REGISTER = `mutation Register($input: RegisterPartnerInput!) { registerPartner(input: $input) { id name category registeredAt status } }`;
const SUSPEND = `mutation Suspend($id: ID!, $reason: String!) { suspendPartner(id: $id, reason: $reason) { id name status statusChangedAt suspensionReason } }`;
const REINSTATE = `mutation Reinstate($id: ID!) { reinstatePartner(id: $id) { id status statusChangedAt suspensionReason } }`;
const PARTNER = `query Partner($id: ID!) { partner(id: $id) { id name status statusChangedAt suspensionReason } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const READ = `query Read($id: ID!) { user(id: $id) { id good: scoreAtLeast(threshold: 600) creditScore { band } } }`;
const HELD = `{ consentsHeldByMe { edges { node { scopes status subject { id } } } } }`;
const ACCESS_LOG = `{ me { accessLog(first: 20) { edges { node { viewerKind partner { id name } fields { field outcome denialCode } } } } } }`;

const manager = () => asStaff('partners', null);
const asRegistered = async (id: string): Promise<Caller> => ({ token: await mintToken({ sub: id, kind: 'partner' }) });

function dataOf<T = any>(response: GraphQLResponse, field: string): T {
  expect(response.errors).toBeUndefined();
  return response.data![field] as T;
}

async function register(name: string, category = 'RETAIL') {
  return dataOf<{ id: string; name: string; status: string }>(
    await graphql(platform.gatewayUrl, REGISTER, { input: { name, category } }, await manager()),
    'registerPartner',
  );
}

async function grant(subject: number, partnerId: string, scopes: string[]) {
  dataOf(
    await graphql(
      platform.gatewayUrl,
      GRANT,
      { input: { partnerId, scopes, purpose: 'Rent a scooter without a deposit' } },
      await asUser(subject),
    ),
    'grantConsent',
  );
}

describe('registering a partner', () => {
  test('staff with the partners role register a partner: it is in the directory, active, and answers to its own tokens', async () => {
    const partner = await register('  Isar   Scooters ', 'BIKE_SHARING');
    expect(partner).toEqual(expect.objectContaining({ name: 'Isar Scooters', status: 'ACTIVE' }));
    const directory = await graphql(
      platform.gatewayUrl,
      `
        {
          partners {
            id
            name
            category
            status
          }
        }
      `,
    );
    expect(directory.data!.partners).toContainEqual({
      id: partner.id,
      name: 'Isar Scooters',
      category: 'BIKE_SHARING',
      status: 'ACTIVE',
    });

    await grant(3, partner.id, ['SCORE_THRESHOLD']);
    const read = await graphql(
      platform.gatewayUrl,
      READ,
      { id: idAtPartner(partner.id, userId(3)) },
      await asRegistered(partner.id),
    );
    expect(read.data!.user.good).toEqual(expect.any(Boolean));
    expect(codesOf(read)).toEqual(['CONSENT_REQUIRED']); // creditScore.band: not granted
  });

  test.each([
    ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
    ['a consumer', () => asUser(1), 'FORBIDDEN'],
    ['a partner', () => asPartner(0), 'FORBIDDEN'],
    ['support staff', () => asStaff('support'), 'FORBIDDEN'],
    ['compliance staff', () => asStaff('compliance'), 'FORBIDDEN'],
  ])('%s may not register a partner', async (_, caller, code) => {
    const response = await graphql(
      platform.gatewayUrl,
      REGISTER,
      { input: { name: `Nope ${code}`, category: 'TRAVEL' } },
      await caller(),
    );
    expect(codesOf(response)).toEqual([code]);
    const names = (
      await graphql(
        platform.gatewayUrl,
        `
          {
            partners {
              name
            }
          }
        `,
      )
    ).data!.partners.map((p: { name: string }) => p.name);
    expect(names).not.toContain(`Nope ${code}`);
  });

  test.each([
    ['a one-letter name', 'X'],
    ['a name of 121 characters', 'N'.repeat(121)],
    ['a name taken by a demo partner', 'Spree Bikes'],
    ['a taken name written with other spacing', ' Spree   Bikes '],
  ])('%s is refused as BAD_USER_INPUT on "name"', async (_, name) => {
    const response = await graphql(
      platform.gatewayUrl,
      REGISTER,
      { input: { name, category: 'TRAVEL' } },
      await manager(),
    );
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.argument).toBe('name');
  });

  test('two registrations of one name at once: exactly one partner is registered', async () => {
    const caller = await manager();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        graphql(platform.gatewayUrl, REGISTER, { input: { name: 'Twin Travel', category: 'TRAVEL' } }, caller),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.filter((r) => r.errors).map((r) => codesOf(r)[0])).toEqual(Array(5).fill('BAD_USER_INPUT'));
    const names = (
      await graphql(
        platform.gatewayUrl,
        `
          {
            partners {
              name
            }
          }
        `,
      )
    ).data!.partners.map((p: { name: string }) => p.name);
    expect(names.filter((name: string) => name === 'Twin Travel')).toHaveLength(1);
  });
});

describe('suspending and reinstating a partner', () => {
  const SUBJECT = 4;
  let partnerId: string;
  let partner: Caller;

  beforeAll(async () => {
    partnerId = (await register('Alpen Leasing', 'LENDING')).id;
    partner = await asRegistered(partnerId);
    await grant(SUBJECT, partnerId, ['SCORE_THRESHOLD', 'SCORE_BAND']);
  });

  test('before: the partner reads what it was granted and lists its consents', async () => {
    const read = await graphql(platform.gatewayUrl, READ, { id: idAtPartner(partnerId, userId(SUBJECT)) }, partner);
    expect(read.errors).toBeUndefined();
    expect(read.data!.user.creditScore.band).toEqual(expect.any(String));
    expect(nodesOf(dataOf(await graphql(platform.gatewayUrl, HELD, {}, partner), 'consentsHeldByMe'))!).toHaveLength(1);
  });

  test.each([
    ['the partner itself', () => partner, 'FORBIDDEN'],
    ['a consumer', () => asUser(SUBJECT), 'FORBIDDEN'],
    ['compliance staff', () => asStaff('compliance'), 'FORBIDDEN'],
    ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
  ])('%s may neither suspend nor reinstate it', async (_, caller, code) => {
    expect(
      codesOf(
        await graphql(platform.gatewayUrl, SUSPEND, { id: partnerId, reason: 'testing who may' }, await caller()),
      ),
    ).toEqual([code]);
    expect(codesOf(await graphql(platform.gatewayUrl, REINSTATE, { id: partnerId }, await caller()))).toEqual([code]);
    expect((await graphql(platform.gatewayUrl, PARTNER, { id: partnerId })).data!.partner.status).toBe('ACTIVE');
  });

  test('a suspension needs a reason, and a partner that does not exist is NOT_FOUND', async () => {
    const noReason = await graphql(platform.gatewayUrl, SUSPEND, { id: partnerId, reason: '  ' }, await manager());
    expect(codesOf(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].extensions!.argument).toBe('reason');
    expect(
      codesOf(
        await graphql(platform.gatewayUrl, SUSPEND, { id: UNKNOWN_ID, reason: 'no such partner' }, await manager()),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codesOf(await graphql(platform.gatewayUrl, REINSTATE, { id: UNKNOWN_ID }, await manager()))).toEqual([
      'NOT_FOUND',
    ]);
  });

  describe('once suspended', () => {
    let suspendedAt: string;
    beforeAll(async () => {
      const suspended = dataOf(
        await graphql(
          platform.gatewayUrl,
          SUSPEND,
          { id: partnerId, reason: 'Complaint 77: resold scores' },
          await manager(),
        ),
        'suspendPartner',
      );
      expect(suspended).toEqual(
        expect.objectContaining({ status: 'SUSPENDED', suspensionReason: 'Complaint 77: resold scores' }),
      );
      suspendedAt = suspended.statusChangedAt;
    });

    test('every guarded read is refused with PARTNER_SUSPENDED, consents notwithstanding', async () => {
      const read = await graphql(platform.gatewayUrl, READ, { id: idAtPartner(partnerId, userId(SUBJECT)) }, partner);
      expect(read.data!.user).toEqual({
        id: idAtPartner(partnerId, userId(SUBJECT)),
        good: null,
        creditScore: { band: null },
      });
      expect(codesOf(read).sort()).toEqual(['PARTNER_SUSPENDED', 'PARTNER_SUSPENDED']);
      expect(read.errors![0].message).toMatch(/suspended/);
    });

    test('its reads no consent guards are refused too: the consents it holds', async () => {
      const held = await graphql(platform.gatewayUrl, HELD, {}, partner);
      expect(held.data).toBeNull();
      expect(codesOf(held)).toEqual(['PARTNER_SUSPENDED']);
      const viaPartner = await graphql(
        platform.gatewayUrl,
        `
          query ($id: ID!) {
            partner(id: $id) {
              consentsHeld {
                totalCount
              }
            }
          }
        `,
        { id: partnerId },
        partner,
      );
      expect(viaPartner.data!.partner.consentsHeld).toBeNull();
      expect(codesOf(viaPartner)).toEqual(['PARTNER_SUSPENDED']);
    });

    test("the consumer's access log shows the refused attempts", async () => {
      const log = dataOf(await graphql(platform.gatewayUrl, ACCESS_LOG, {}, await asUser(SUBJECT)), 'me');
      // one line per field read, carrying its event's viewer
      const reads = log.accessLog.edges.flatMap((e: { node: any }) =>
        e.node.fields.map((read: any) => ({ ...e.node, ...read })),
      );
      const byPartner = reads.filter((n: any) => n.partner?.id === partnerId);
      const refused = byPartner.filter((n: any) => n.denialCode === 'PARTNER_SUSPENDED');
      expect(refused.map((n: any) => n.field).sort()).toEqual(['CreditScore.band', 'User.scoreAtLeast']);
      expect(
        refused.every(
          (n: any) => n.outcome === 'DENIED' && n.viewerKind === 'PARTNER' && n.partner.name === 'Alpen Leasing',
        ),
      ).toBe(true);
    });

    test('suspending again changes nothing; only partners and compliance staff see the reason', async () => {
      const again = dataOf(
        await graphql(platform.gatewayUrl, SUSPEND, { id: partnerId, reason: 'a second reason' }, await manager()),
        'suspendPartner',
      );
      expect(again).toEqual(
        expect.objectContaining({
          status: 'SUSPENDED',
          statusChangedAt: suspendedAt,
          suspensionReason: 'Complaint 77: resold scores',
        }),
      );
      const asCompliance = await graphql(platform.gatewayUrl, PARTNER, { id: partnerId }, await asStaff('compliance'));
      expect(asCompliance.data!.partner.suspensionReason).toBe('Complaint 77: resold scores');
      for (const caller of [{}, await asUser(SUBJECT), partner, await asStaff('support')]) {
        const seen = await graphql(platform.gatewayUrl, PARTNER, { id: partnerId }, caller);
        expect(seen.data!.partner).toEqual({
          id: partnerId,
          name: 'Alpen Leasing',
          status: 'SUSPENDED',
          statusChangedAt: suspendedAt,
          suspensionReason: null,
        });
      }
    });

    test('other partners are not affected', async () => {
      const other = await graphql(platform.gatewayUrl, READ, { id: idAtPartner(0, userId(1)) }, await asPartner(0)); // demo consumer 1 consented to Spree Bikes
      expect(other.data!.user.good).toEqual(expect.any(Boolean));
    });
  });

  test('reinstated, the partner reads again what it was granted: the suspension left the consents as they were', async () => {
    const reinstated = dataOf(
      await graphql(platform.gatewayUrl, REINSTATE, { id: partnerId }, await manager()),
      'reinstatePartner',
    );
    expect(reinstated).toEqual(expect.objectContaining({ status: 'ACTIVE', suspensionReason: null }));
    const read = await graphql(platform.gatewayUrl, READ, { id: idAtPartner(partnerId, userId(SUBJECT)) }, partner);
    expect(read.errors).toBeUndefined();
    expect(read.data!.user.creditScore.band).toEqual(expect.any(String));
    const held = nodesOf(dataOf(await graphql(platform.gatewayUrl, HELD, {}, partner), 'consentsHeldByMe'))!;
    expect(held).toEqual([
      expect.objectContaining({ status: 'ACTIVE', subject: { id: idAtPartner(partnerId, userId(SUBJECT)) } }),
    ]);
  });
});

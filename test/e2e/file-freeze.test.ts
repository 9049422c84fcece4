import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  dataOf,
  graphql,
  partnerId,
  userId,
  idAtPartner,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 20 });
});
afterAll(() => platform.stop());

const LENDING = 2;
const RETAIL = 4;
const FROZEN = 11;
const NEIGHBOUR = 12;

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const FREEZE = `mutation { freezeMyFile { frozen since } }`;
const UNFREEZE = `mutation { unfreezeMyFile { frozen since } }`;
const STATE = `{ myFileFreeze { frozen since } }`;
const LIST = `query List($ids: [ID!]!) { usersByIds(ids: $ids) { id displayName creditScore { band } } }`;
const ONE = `query One($id: ID!) { user(id: $id) { displayName creditScore { band } } }`;
const OWN = `{ me { displayName creditScore { band } } }`;
const LOG = `{ me { accessLog(first: 5) { edges { node { viewerKind partner { name } outcome summary fields { field outcome denialCode } } } } } }`;
const FEED = `{ myNotifications(first: 50) { edges { node { kind message } } } }`;

const run = async (query: string, caller: Caller, variables: Record<string, unknown> = {}) =>
  graphql(platform.gatewayUrl, query, variables, caller);
const freezeOf = async (subject: number, mutation = STATE) => {
  const response = await run(mutation, await asUser(subject));
  return dataOf<{ frozen: boolean; since: string | null }>(response, Object.keys(response.data ?? {})[0]);
};
const listAsLender = async () =>
  run(LIST, await asPartner(LENDING), {
    ids: [idAtPartner(LENDING, userId(FROZEN)), idAtPartner(LENDING, userId(NEIGHBOUR))],
  });

beforeAll(async () => {
  for (const subject of [FROZEN, NEIGHBOUR]) {
    const input = { partnerId: partnerId(LENDING), scopes: ['PROFILE', 'SCORE_BAND'], purpose: 'Assess a loan' };
    dataOf(await run(GRANT, await asUser(subject), { input }), 'grantConsent');
  }
});

describe('a consumer freezes their file', () => {
  test('a partner with consent reads; frozen, the same read is null with SUBJECT_FROZEN for that consumer only; unfrozen, it reads again', async () => {
    const before = await listAsLender();
    expect(before.errors).toBeUndefined();
    expect(before.data!.usersByIds.every((user: { displayName: string | null }) => user.displayName !== null)).toBe(
      true,
    );

    const frozen = await freezeOf(FROZEN, FREEZE);
    expect(frozen).toEqual({ frozen: true, since: expect.any(String) });

    const during = await listAsLender();
    const [mine, neighbours] = during.data!.usersByIds;
    expect(mine).toEqual({ id: idAtPartner(LENDING, userId(FROZEN)), displayName: null, creditScore: { band: null } });
    expect(neighbours).toEqual({
      id: idAtPartner(LENDING, userId(NEIGHBOUR)),
      displayName: expect.any(String),
      creditScore: { band: expect.any(String) },
    });
    expect(codesOf(during)).toEqual(['SUBJECT_FROZEN', 'SUBJECT_FROZEN']);
    expect(during.errors!.map((error) => error.path)).toEqual(
      expect.arrayContaining([
        ['usersByIds', 0, 'displayName'],
        ['usersByIds', 0, 'creditScore', 'band'],
      ]),
    );

    const unfrozen = await freezeOf(FROZEN, UNFREEZE);
    expect(unfrozen).toEqual({ frozen: false, since: null });
    const after = await listAsLender();
    expect(after.errors).toBeUndefined();
    expect(after.data!.usersByIds[0].displayName).toEqual(expect.any(String));
  });

  test('while frozen the consumer reads their own file, staff with a read role read it, and a partner holding no consent learns nothing of the freeze', async () => {
    await freezeOf(FROZEN, FREEZE);
    try {
      const own = await run(OWN, await asUser(FROZEN));
      expect(own.errors).toBeUndefined();
      expect(own.data!.me.creditScore.band).toEqual(expect.any(String));

      const staff = await run(ONE, await asStaff('disputes', 'dispute 77: checking the file'), { id: userId(FROZEN) });
      expect(staff.errors).toBeUndefined();
      expect(staff.data!.user.displayName).toEqual(expect.any(String));

      // no consent: the same answer as for an unfrozen file
      const stranger = await run(ONE, await asPartner(RETAIL), { id: idAtPartner(RETAIL, userId(FROZEN)) });
      expect(codesOf(stranger)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
    } finally {
      await freezeOf(FROZEN, UNFREEZE);
    }
  });

  test("the refusal is in the consumer's access log, where they see the attempt", async () => {
    await freezeOf(FROZEN, FREEZE);
    await run(ONE, await asPartner(LENDING), { id: idAtPartner(LENDING, userId(FROZEN)) });
    await freezeOf(FROZEN, UNFREEZE);
    const entries = dataOf(await run(LOG, await asUser(FROZEN)), 'me').accessLog.edges.map(
      (edge: { node: any }) => edge.node,
    );
    const refused = entries.find(
      (entry: { viewerKind: string; outcome: string }) => entry.viewerKind === 'PARTNER' && entry.outcome === 'DENIED',
    );
    expect(refused).toEqual(
      expect.objectContaining({
        partner: { name: 'Hanse Kredit' },
        fields: [
          { field: 'User.displayName', outcome: 'DENIED', denialCode: 'SUBJECT_FROZEN' },
          { field: 'CreditScore.band', outcome: 'DENIED', denialCode: 'SUBJECT_FROZEN' },
        ],
        summary:
          'Hanse Kredit asked for your profile and your score band; they were refused because your file was frozen.',
      }),
    );
  });

  test('freezing a frozen file changes nothing: the time shows the real change, and the feed has one line per change', async () => {
    const subject = 13;
    const first = await freezeOf(subject, FREEZE);
    const again = await freezeOf(subject, FREEZE);
    expect(again).toEqual(first);
    expect(await freezeOf(subject)).toEqual(first);
    expect(await freezeOf(subject, UNFREEZE)).toEqual({ frozen: false, since: null });
    expect(await freezeOf(subject, UNFREEZE)).toEqual({ frozen: false, since: null });
    const feed = dataOf(await run(FEED, await asUser(subject)), 'myNotifications').edges.map(
      (edge: { node: any }) => edge.node,
    );
    expect(feed).toEqual([
      {
        kind: 'FILE_UNFROZEN',
        message: 'You unfroze your file: partners you gave consent to can read your data again.',
      },
      { kind: 'FILE_FROZEN', message: 'You froze your file: no partner can read your data until you unfreeze it.' },
    ]);
  });

  test('a file never frozen unfreezes to no change and no line', async () => {
    expect(await freezeOf(14, UNFREEZE)).toEqual({ frozen: false, since: null });
    expect(dataOf(await run(FEED, await asUser(14)), 'myNotifications').edges).toEqual([]);
  });

  test('the export carries the freeze and its lines', async () => {
    const subject = 15;
    const { since } = await freezeOf(subject, FREEZE);
    const exported = dataOf(
      await run(`{ exportMyData { fileFreeze notifications } }`, await asUser(subject)),
      'exportMyData',
    );
    expect(exported.fileFreeze).toEqual({ frozen: true, since });
    expect(exported.notifications).toEqual([
      expect.objectContaining({
        kind: 'FILE_FROZEN',
        read: false,
        message: expect.stringContaining('You froze your file'),
      }),
    ]);
  });

  test.each([
    ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
    ['a partner', () => asPartner(LENDING), 'FORBIDDEN'],
    ['staff', () => asStaff('support'), 'FORBIDDEN'],
  ])('%s may neither freeze a file nor ask whether one is frozen', async (_, caller, code) => {
    for (const operation of [FREEZE, UNFREEZE, STATE]) {
      const response = await run(operation, await caller());
      expect(codesOf(response)).toEqual([code]);
    }
  });
});

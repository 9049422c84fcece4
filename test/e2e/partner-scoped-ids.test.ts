import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  dataOf,
  graphql,
  GraphQLResponse,
  idAtPartner,
  nodesOf,
  partnerId,
  userId,
} from '../support/graphql';
import { eventually, Receiver } from '../support/webhook-receiver';

/**
 * Issue 19: every id that names a consumer to a partner is that partner's own. Five
 * partners holding consents from the same consumers see five disjoint id sets on every
 * path a partner reads them; an id of another partner's, or an internal one, is refused
 * word for word as a random id is; ids outlive a restart and a key rotation.
 */
const PARTNERS = [0, 1, 2, 3, 4];
const CONSUMERS = [41, 42, 43];
const ERASED = 44;
const KEY = 'partner-scoped-ids-test-key-'.padEnd(48, 'x');
const NEXT_KEY = 'partner-scoped-ids-next-key-'.padEnd(48, 'y');

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const HELD = `{ consentsHeldByMe(first: 100) { edges { node { id subject { id } receipt receipts { jws } } } } }`;
const USERS = `query Users($ids: [ID!]!) { usersByIds(ids: $ids) { id displayName } }`;
const USER_IDS = `query Users($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`;
const USER = `query User($id: ID!) { user(id: $id) { id displayName } }`;
const REPORT = `mutation Report($input: ReportCreditRecordsInput!) {
  reportCreditRecords(input: $input) { accepted rejected { index code message field } }
}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const record = (subjectId: string) => ({
  subjectId,
  accountReference: `LOAN-${subjectId.slice(-6)}`,
  accountKind: 'CONSUMER_LOAN',
  dueOn: daysAgo(40),
  amountCents: 25_000,
  paidOn: daysAgo(41),
  status: 'ON_TIME',
});
const randomPartnerId = () => `k1_${randomBytes(16).toString('hex')}`;

let platform: Platform;
let url = '';
const receivers = PARTNERS.map(() => new Receiver());

beforeAll(async () => {
  process.env.CREDENCE_PARTNER_ID_KEY = KEY;
  process.env.CREDENCE_WEBHOOK_POLL_MS = '100';
  platform = await startTestPlatform();
  url = platform.gatewayUrl;
  for (const partner of PARTNERS) {
    const endpoint = `mutation Set($url: String!) { setWebhookEndpoint(url: $url) { secret } }`;
    dataOf(
      await graphql(url, endpoint, { url: await receivers[partner].start() }, await asPartner(partner)),
      'setWebhookEndpoint',
    );
    const furnisher = `mutation Mark($id: ID!) { setPartnerFurnisher(id: $id, furnisher: true) { id } }`;
    dataOf(
      await graphql(url, furnisher, { id: partnerId(partner) }, await asStaff('partners', null)),
      'setPartnerFurnisher',
    );
    for (const consumer of [...CONSUMERS, ERASED]) {
      const input = { partnerId: partnerId(partner), scopes: ['PROFILE', 'CREDIT_REPORTING'], purpose: 'Issue 19' };
      dataOf(await graphql(url, GRANT, { input }, await asUser(consumer)), 'grantConsent');
    }
  }
});
afterAll(async () => {
  await platform.stop();
  await Promise.all(receivers.map((receiver) => receiver.stop()));
  delete process.env.CREDENCE_PARTNER_ID_KEY;
  delete process.env.CREDENCE_PARTNER_ID_KEY_ID;
  delete process.env.CREDENCE_PARTNER_ID_PREVIOUS_KEYS;
  delete process.env.CREDENCE_WEBHOOK_POLL_MS;
});

const internalIds = [...CONSUMERS, ERASED].map((consumer) => userId(consumer));

/** Each partner's ids, as one path shows them: five disjoint sets, none holding an internal id. */
function expectFiveDisjointSets(idsByPartner: string[][], perPartner: number) {
  const all = idsByPartner.flat();
  for (const ids of idsByPartner) {
    expect(new Set(ids).size).toBe(perPartner);
    for (const id of ids) expect(id).toMatch(/^k1_[0-9a-f]{32}$/);
  }
  expect(new Set(all).size).toBe(all.length);
  for (const internal of internalIds) expect(all).not.toContain(internal);
}

/** What each partner reads as its consents' subjects, consumer by consumer (in CONSUMERS order, then ERASED). */
async function subjectsHeld(partner: number): Promise<{ ids: string[]; receipts: string[] }> {
  const held = nodesOf(dataOf(await graphql(url, HELD, {}, await asPartner(partner)), 'consentsHeldByMe'))!;
  const bySubject = new Map(held.map((consent) => [consent.subject.id as string, consent]));
  const ids = [...CONSUMERS, ERASED].map((consumer) => idAtPartner(partner, userId(consumer)));
  for (const id of ids) expect(bySubject.has(id)).toBe(true);
  return { ids, receipts: ids.flatMap((id) => bySubject.get(id)!.receipts.map((r: { jws: string }) => r.jws)) };
}

describe('five partners, the same consumers: five disjoint id sets', () => {
  test('the consents held (Consent.subject), User.id through user and usersByIds', async () => {
    const held = await Promise.all(PARTNERS.map(subjectsHeld));
    expectFiveDisjointSets(
      held.map((h) => h.ids),
      4,
    );
    for (const partner of PARTNERS) {
      const ids = held[partner].ids.slice(0, CONSUMERS.length);
      const read = dataOf(await graphql(url, USERS, { ids }, await asPartner(partner)), 'usersByIds');
      expect(read.map((user: { id: string }) => user.id)).toEqual(ids);
      expect(read.every((user: { displayName: string | null }) => user.displayName)).toBe(true); // the consent applies
      const one = dataOf(await graphql(url, USER, { id: ids[0] }, await asPartner(partner)), 'user');
      expect(one.id).toBe(ids[0]);
    }
  });

  test('receipts: the partner’s copy names its id, the consumer’s the internal one; both verify against the JWKS', async () => {
    const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', url));
    const held = await Promise.all(PARTNERS.map(subjectsHeld));
    const subjects = held.map(({ receipts }) => receipts.map((jws) => decodeJwt(jws).sub as string));
    expectFiveDisjointSets(subjects, 4);
    for (const partner of PARTNERS)
      for (const jws of held[partner].receipts) {
        const { payload } = await jwtVerify(jws, jwks);
        expect(payload.piiPrincipalId).toBe(payload.sub);
      }
    const mine = nodesOf(
      dataOf(
        await graphql(
          url,
          `
            {
              myConsents(first: 20) {
                edges {
                  node {
                    subject {
                      id
                    }
                    receipt
                  }
                }
              }
            }
          `,
          {},
          await asUser(CONSUMERS[0]),
        ),
        'myConsents',
      ),
    )!;
    expect(mine.length).toBeGreaterThanOrEqual(PARTNERS.length); // the five, and any the demo data gave them
    for (const consent of mine) {
      expect(consent.subject.id).toBe(userId(CONSUMERS[0]));
      expect((await jwtVerify(consent.receipt, jwks)).payload.sub).toBe(userId(CONSUMERS[0]));
    }
  });

  test('webhook bodies: consent.granted, and subject.erased when a consumer deletes their account', async () => {
    const granted = await eventually(() => {
      const ids = receivers.map((receiver) => receiver.events('consent.granted').map((r) => r.event.data.subjectId));
      return ids.every((list) => list.length === 4) && ids;
    });
    expectFiveDisjointSets(granted, 4);
    PARTNERS.forEach((partner) =>
      expect(granted[partner].sort()).toEqual(
        [...CONSUMERS, ERASED].map((consumer) => idAtPartner(partner, userId(consumer))).sort(),
      ),
    );
    dataOf(
      await graphql(
        url,
        `
          mutation {
            deleteMyAccount {
              requestedAt
            }
          }
        `,
        {},
        await asUser(ERASED),
      ),
      'deleteMyAccount',
    );
    const erased = await eventually(() => {
      const ids = receivers.map((receiver) => receiver.events('subject.erased').map((r) => r.event.data.subjectId));
      return ids.every((list) => list.length === 1) && ids;
    });
    expectFiveDisjointSets(erased, 1);
    PARTNERS.forEach((partner) => expect(erased[partner]).toEqual([idAtPartner(partner, userId(ERASED))]));
  });

  test('a consent request: ConsentRequest.consent.subject and the consent_request.approved webhook', async () => {
    const consumer = CONSUMERS[1];
    const me = await graphql(
      url,
      `
        {
          me {
            contact(unmasked: true) {
              email
            }
          }
        }
      `,
      {},
      await asUser(consumer),
    );
    const email = dataOf(me, 'me').contact.email;
    const subjects: string[][] = [];
    for (const partner of PARTNERS) {
      const ask = `mutation Ask($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`;
      const input = { scopes: ['SCORE_BAND'], purpose: 'Issue 19 request', consumerEmail: email };
      const { id } = dataOf(await graphql(url, ask, { input }, await asPartner(partner)), 'requestConsent');
      const approve = `mutation Approve($id: ID!) { approveConsentRequest(id: $id) { consent { subject { id } } } }`;
      const approved = dataOf(await graphql(url, approve, { id }, await asUser(consumer)), 'approveConsentRequest');
      expect(approved.consent.subject.id).toBe(userId(consumer)); // the consumer reads their own id
      const read = `query Read($id: ID!) { consentRequest(id: $id) { consent { subject { id } } } }`;
      const seen = dataOf(await graphql(url, read, { id }, await asPartner(partner)), 'consentRequest');
      const hook = await eventually(() =>
        receivers[partner].events('consent_request.approved').find((r) => r.event.data.consentRequestId === id),
      );
      expect(hook.event.data.subjectId).toBe(seen.consent.subject.id);
      subjects.push([seen.consent.subject.id]);
    }
    expectFiveDisjointSets(subjects, 1);
  });

  test('furnishing: each furnisher reports by its own ids; the answers carry no one’s id', async () => {
    for (const partner of PARTNERS) {
      const records = CONSUMERS.map((consumer) => record(idAtPartner(partner, userId(consumer))));
      const answer = dataOf(
        await graphql(url, REPORT, { input: { records } }, await asPartner(partner)),
        'reportCreditRecords',
      );
      expect(answer).toEqual({ accepted: CONSUMERS.length, rejected: [] });
    }
  });
});

/** The refusal as the partner reads it, with the id it gave put in one place: everything else must be equal. */
const refusalOf = (response: GraphQLResponse, given: string) =>
  JSON.parse(
    JSON.stringify({ status: response.status, data: response.data, errors: response.errors }).split(given).join('<id>'),
  );

describe('an id that is not the partner’s own is answered as a random id is', () => {
  const consumer = CONSUMERS[0];
  const PARTNER = 0;
  const foreign = () => ({
    random: randomPartnerId(),
    otherPartners: idAtPartner(1, userId(consumer)),
    internal: userId(consumer),
    unknownKey: idAtPartner(PARTNER, userId(consumer)).replace(/^k1_/, 'k7_'),
  });

  test('user(id:) and usersByIds: the same NOT_FOUND, word for word', async () => {
    const ids = foreign();
    const one = async (id: string) => refusalOf(await graphql(url, USER, { id }, await asPartner(PARTNER)), id);
    const many = async (id: string) =>
      refusalOf(await graphql(url, USERS, { ids: [id] }, await asPartner(PARTNER)), id);
    const random = await one(ids.random);
    expect(random.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(random.errors[0].message).toBe('User <id> was not found.');
    const randomList = await many(ids.random);
    for (const id of [ids.otherPartners, ids.internal, ids.unknownKey]) {
      expect(await one(id)).toEqual(random);
      expect(await many(id)).toEqual(randomList);
    }
  });

  test('and after the same work: the same statements in every store as for a random id, and as for its own id of someone unknown', async () => {
    const ids = foreign();
    const nobody = idAtPartner(PARTNER, '00000000-0000-4000-8000-000000000001'); // its own form, naming no one
    const caller = await asPartner(PARTNER);
    const statements = async (id: string) => {
      const before = Object.values(platform.databases).map((database) => database.queries.count);
      const answer = await graphql(url, USER, { id }, caller);
      expect(answer.errors![0].extensions!.code).toBe('NOT_FOUND');
      return Object.values(platform.databases).map((database, i) => database.queries.count - before[i]);
    };
    const random = await statements(ids.random);
    for (const id of [ids.otherPartners, ids.internal, ids.unknownKey, nobody])
      expect(await statements(id)).toEqual(random);
  });

  test('furnishing: the same CONSENT_REQUIRED rejection', async () => {
    const ids = foreign();
    const rejections = async (id: string) =>
      dataOf(
        await graphql(url, REPORT, { input: { records: [record(id)] } }, await asPartner(PARTNER)),
        'reportCreditRecords',
      );
    const random = await rejections(ids.random);
    expect(random.rejected[0].code).toBe('CONSENT_REQUIRED');
    for (const id of [ids.otherPartners, ids.internal, ids.unknownKey]) expect(await rejections(id)).toEqual(random);
  });

  test('consumers and staff keep internal ids', async () => {
    const staff = await graphql(url, USER, { id: userId(consumer) }, await asStaff('support'));
    expect(dataOf(staff, 'user').id).toBe(userId(consumer));
    const own = await graphql(
      url,
      `
        {
          me {
            id
          }
        }
      `,
      {},
      await asUser(consumer),
    );
    expect(dataOf(own, 'me').id).toBe(userId(consumer));
  });
});

describe('ids outlive a restart and a key rotation', () => {
  const PARTNER = 2;
  const given = () => CONSUMERS.map((consumer) => idAtPartner(PARTNER, userId(consumer)));
  const readBack = async (ids: string[]) =>
    dataOf(await graphql(url, USER_IDS, { ids }, await asPartner(PARTNER)), 'usersByIds').map(
      (u: { id: string }) => u.id,
    );

  test('a new platform with the same key reads the same ids; after a rotation old ids still resolve and new ones carry k2', async () => {
    const before = given();
    await platform.stop();
    platform = await startTestPlatform();
    url = platform.gatewayUrl;
    expect(await readBack(before)).toEqual(before);

    await platform.stop();
    process.env.CREDENCE_PARTNER_ID_KEY = NEXT_KEY;
    process.env.CREDENCE_PARTNER_ID_KEY_ID = 'k2';
    process.env.CREDENCE_PARTNER_ID_PREVIOUS_KEYS = JSON.stringify({ k1: KEY });
    platform = await startTestPlatform();
    url = platform.gatewayUrl;
    const rotated = await readBack(before); // the old ids are accepted, the answer names them by the new key
    expect(rotated).toEqual(given());
    for (const id of rotated) expect(id).toMatch(/^k2_[0-9a-f]{32}$/);
    expect(rotated).not.toEqual(before);
    expect(await readBack(rotated)).toEqual(rotated);
  });
});

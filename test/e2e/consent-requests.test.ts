import { publicBaseUrl } from '../../shared/public-url';
import { Platform } from '../../platform/launcher';
import { ConsentRequest } from '../../subgraphs/consent/entities/ConsentRequest';
import { requestErasure } from '../../subgraphs/consent/erasure/erase-subject';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  GraphQLResponse,
  partnerId,
  userId,
  idAtPartner,
  nodesOf,
} from '../support/graphql';
import { eventually, Receiver, verify } from '../support/webhook-receiver';

const BIKES = 0;
const LENDING = 2;
const TELECOM = 3;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const REQUEST_FIELDS = `id status scopes scopesInPlainWords purpose durationDays reference createdAt expiresAt answeredAt authorisationUrl
  partner { id name } consent { id }`;
const REQUEST = `mutation Request($input: RequestConsentInput!) { requestConsent(input: $input) { ${REQUEST_FIELDS} } }`;
const APPROVE = `mutation Approve($id: ID!) { approveConsentRequest(id: $id) { id status answeredAt consent { id scopes purpose expiresAt subject { id } } } }`;
const DECLINE = `mutation Decline($id: ID!) { declineConsentRequest(id: $id) { id status answeredAt consent { id } } }`;
const ONE = `query One($id: ID!) { consentRequest(id: $id) { id status reference answeredAt consent { id subject { id } } } }`;
const MINE = `query Mine($status: ConsentRequestStatus) { myConsentRequests(status: $status) { edges { node { id status reference purpose scopesInPlainWords partner { name } consent { id } } } } }`;
const BAND = `query Band($id: ID!) { user(id: $id) { creditScore { band } } }`;

let platform: Platform;
let url = '';
const bikes = new Receiver();
let bikesSecret = '';

beforeAll(async () => {
  process.env.CREDENCE_WEBHOOK_POLL_MS = '100';
  platform = await startTestPlatform();
  url = platform.gatewayUrl;
  const set = await graphql(
    url,
    `
      mutation Set($url: String!) {
        setWebhookEndpoint(url: $url) {
          secret
        }
      }
    `,
    { url: await bikes.start() },
    await asPartner(BIKES),
  );
  bikesSecret = dataOf(set, 'setWebhookEndpoint').secret;
});
afterAll(async () => {
  await platform.stop();
  await bikes.stop();
  delete process.env.CREDENCE_WEBHOOK_POLL_MS;
  delete process.env.CREDENCE_CONSENT_REQUEST_TTL_HOURS;
});

function dataOf(response: GraphQLResponse, field: string) {
  expect(response.errors).toBeUndefined();
  return response.data![field];
}

/** The consumer's own address, read through the graph as the consumer. */
async function emailOf(consumer: number): Promise<string> {
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
  return dataOf(me, 'me').contact.email;
}

async function request(partner: number, input: Record<string, unknown>) {
  const full = { scopes: ['SCORE_BAND'], purpose: 'Waive the bike deposit', ...input };
  return dataOf(await graphql(url, REQUEST, { input: full }, await asPartner(partner)), 'requestConsent');
}

const requestTo = async (partner: number, consumer: number, input: Record<string, unknown> = {}) =>
  request(partner, { consumerEmail: await emailOf(consumer), ...input });

const answer = async (mutation: string, id: string, caller: Caller) => graphql(url, mutation, { id }, caller);

/** Distinct scope sets: one partner may await one answer per consumer and scopes (CONSENT_REQUEST_DUPLICATE). */
const SCOPE_SETS = [
  ['SCORE_BAND'],
  ['PROFILE'],
  ['CREDIT_HISTORY'],
  ['SCORE_VALUE'],
  ['SCORE_FACTORS'],
  ['SCORE_THRESHOLD'],
  ['SCORE_BAND', 'PROFILE'],
  ['SCORE_BAND', 'CREDIT_HISTORY'],
];

const requestRows = () => platform.databases.consent.dataSource.getRepository(ConsentRequest);

describe('a request addressed by e-mail', () => {
  test('reaches its consumer, who approves it; the partner then sees AUTHORISED and who approved, and reads the scoped field', async () => {
    const before = Date.now();
    const created = await requestTo(BIKES, 10, { durationDays: 30, reference: 'bikes-customer-42' });
    expect(created).toMatchObject({
      status: 'AWAITING_AUTHORISATION',
      scopes: ['SCORE_BAND'],
      durationDays: 30,
      reference: 'bikes-customer-42',
      authorisationUrl: `${publicBaseUrl()}/app/?consentRequest=${created.id}`,
      partner: { id: partnerId(BIKES), name: 'Spree Bikes' },
      consent: null,
      answeredAt: null,
      scopesInPlainWords: ['your score band (such as “Good”), not the number'],
    });
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(24 * HOUR_MS);
    expect(codesOf(await graphql(url, BAND, { id: idAtPartner(BIKES, userId(10)) }, await asPartner(BIKES)))).toEqual([
      'CONSENT_REQUIRED',
    ]);

    const mine = nodesOf(dataOf(await graphql(url, MINE, {}, await asUser(10)), 'myConsentRequests'))!;
    expect(mine).toEqual([
      {
        id: created.id,
        status: 'AWAITING_AUTHORISATION',
        reference: null,
        purpose: 'Waive the bike deposit',
        scopesInPlainWords: ['your score band (such as “Good”), not the number'],
        partner: { name: 'Spree Bikes' },
        consent: null,
      },
    ]);

    const approved = dataOf(await answer(APPROVE, created.id, await asUser(10)), 'approveConsentRequest');
    expect(approved).toMatchObject({
      status: 'AUTHORISED',
      consent: { scopes: ['SCORE_BAND'], purpose: 'Waive the bike deposit', subject: { id: userId(10) } },
    });
    const lasts = Date.parse(approved.consent.expiresAt) - before;
    expect(lasts).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(lasts).toBeLessThan(30 * DAY_MS + 60_000);

    const seen = dataOf(await graphql(url, ONE, { id: created.id }, await asPartner(BIKES)), 'consentRequest');
    expect(seen).toEqual({
      id: created.id,
      status: 'AUTHORISED',
      reference: 'bikes-customer-42',
      answeredAt: expect.any(String),
      consent: { id: approved.consent.id, subject: { id: idAtPartner(BIKES, userId(10)) } },
    });
    const band = await graphql(url, BAND, { id: idAtPartner(BIKES, userId(10)) }, await asPartner(BIKES));
    expect(band.errors).toBeUndefined();
    expect(band.data!.user.creditScore.band).toEqual(expect.any(String));
    expect(
      nodesOf(
        dataOf(
          await graphql(
            url,
            `
              {
                myConsents {
                  edges {
                    node {
                      id
                      scopesInPlainWords
                    }
                  }
                }
              }
            `,
            {},
            await asUser(10),
          ),
          'myConsents',
        ),
      )!,
    ).toContainEqual({
      id: approved.consent.id,
      scopesInPlainWords: ['your score band (such as “Good”), not the number'],
    });
  });

  test('declined, the partner sees REJECTED and no consumer at all', async () => {
    const created = await requestTo(BIKES, 11);
    const declined = dataOf(await answer(DECLINE, created.id, await asUser(11)), 'declineConsentRequest');
    expect(declined).toMatchObject({ status: 'REJECTED', consent: null, answeredAt: expect.any(String) });
    const seen = await graphql(url, ONE, { id: created.id }, await asPartner(BIKES));
    expect(dataOf(seen, 'consentRequest')).toMatchObject({ status: 'REJECTED', consent: null });
    for (const id of [userId(11), idAtPartner(BIKES, userId(11))]) expect(JSON.stringify(seen)).not.toContain(id);
    expect(
      nodesOf(dataOf(await graphql(url, MINE, { status: 'REJECTED' }, await asUser(11)), 'myConsentRequests'))!.map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual([created.id]);
  });

  test('another consumer, another partner, staff and anonymous callers cannot see or answer it: NOT_FOUND, as for a missing id', async () => {
    const created = await requestTo(BIKES, 12);
    const missing = await graphql(url, ONE, { id: '00000000-0000-4000-8000-000000000000' }, await asPartner(LENDING));
    const otherPartner = await graphql(url, ONE, { id: created.id }, await asPartner(LENDING));
    expect(codesOf(otherPartner)).toEqual(['NOT_FOUND']);
    expect(otherPartner.errors![0].message).toBe(
      missing.errors![0].message.replace('00000000-0000-4000-8000-000000000000', created.id),
    );
    expect(codesOf(await graphql(url, ONE, { id: created.id }, await asUser(13)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await answer(APPROVE, created.id, await asUser(13)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await answer(DECLINE, created.id, await asUser(13)))).toEqual(['NOT_FOUND']);
    expect(nodesOf(dataOf(await graphql(url, MINE, {}, await asUser(13)), 'myConsentRequests'))!).toEqual([]);
    expect(codesOf(await graphql(url, ONE, { id: created.id }, await asStaff('compliance')))).toEqual(['NOT_FOUND']);
    expect(codesOf(await graphql(url, ONE, { id: created.id }, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await answer(APPROVE, created.id, await asPartner(BIKES)))).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await graphql(url, REQUEST, { input: { scopes: ['SCORE_BAND'], purpose: 'Deposit' } }, await asUser(12))),
    ).toEqual(['FORBIDDEN']);
    // still awaiting its own consumer
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asUser(12)), 'consentRequest').status).toBe(
      'AWAITING_AUTHORISATION',
    );
  });

  test('an e-mail that matches no consumer gets the same answer, and no consumer can open that request', async () => {
    const known = await requestTo(BIKES, 14, { reference: 'r' });
    const unknown = await request(BIKES, { consumerEmail: 'nobody.at.all@example.com', reference: 'r' });
    const shape = ({ id: _id, createdAt: _c, expiresAt: _e, authorisationUrl: _a, ...rest }: Record<string, unknown>) =>
      rest;
    expect(shape(unknown)).toEqual(shape(known));
    const partnerView = async (id: string) =>
      shape(dataOf(await graphql(url, ONE, { id }, await asPartner(BIKES)), 'consentRequest'));
    expect(await partnerView(unknown.id)).toEqual(await partnerView(known.id));
    expect(codesOf(await graphql(url, ONE, { id: unknown.id }, await asUser(14)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await answer(APPROVE, unknown.id, await asUser(15)))).toEqual(['NOT_FOUND']);
  });

  test("costs the same work whether the e-mail is a consumer's: the same SQL statements in every subgraph and the same subgraph calls, pair after interleaved pair", async () => {
    const members = [40, 41, 42, 43, 44, 45];
    const addresses = await Promise.all(members.map(emailOf));
    await request(TELECOM, {}); // the partner's registration, checked once and remembered, is out of the way
    const workOf = async (consumerEmail: string) => {
      const before = Object.fromEntries(
        Object.entries(platform.databases).map(([name, database]) => [name, database.queries.count]),
      );
      const calls = jest.spyOn(globalThis, 'fetch');
      await request(TELECOM, { consumerEmail });
      const subgraphCalls = calls.mock.calls.map(([target]) => String(target)).filter((target) => target !== url);
      calls.mockRestore();
      const statements = Object.fromEntries(
        Object.entries(platform.databases).map(([name, database]) => [name, database.queries.count - before[name]]),
      );
      return { statements, subgraphCalls: subgraphCalls.length };
    };
    for (const [index, address] of addresses.entries()) {
      const nobody = `nobody.${index}.${Date.now()}@example.com`;
      // alternate which goes first, so neither always meets a warmer cache
      const [member, stranger] =
        index % 2
          ? [await workOf(address), await workOf(nobody)]
          : [await workOf(nobody), await workOf(address)].reverse();
      expect(stranger).toEqual(member);
      expect(member.statements.consent).toBeGreaterThan(0);
      expect(member.subgraphCalls).toBeGreaterThan(0);
    }
  });

  test("an addressed request arrives in its consumer's alerts feed, once; an open one reaches no feed", async () => {
    const FEED = `{ myNotifications(first: 50) { unreadCount edges { node { kind message consentRequestId partner { id } } } } }`;
    const feed = async (consumer: number) =>
      dataOf(await graphql(url, FEED, {}, await asUser(consumer)), 'myNotifications').edges.map(
        (e: { node: Record<string, unknown> }) => e.node,
      );
    const addressed = await requestTo(BIKES, 32);
    await request(BIKES, {});
    const lines = (await feed(32)).filter((line: Record<string, unknown>) => line.kind === 'CONSENT_REQUEST_RECEIVED');
    expect(lines).toEqual([
      {
        kind: 'CONSENT_REQUEST_RECEIVED',
        consentRequestId: addressed.id,
        partner: { id: partnerId(BIKES) },
        message: expect.stringMatching(/asked you for consent/),
      },
    ]);
    expect(
      (await feed(33)).filter((line: Record<string, unknown>) => line.kind === 'CONSENT_REQUEST_RECEIVED'),
    ).toEqual([]);
  });

  test('a partner may have 5 unanswered requests per e-mail, whether or not it belongs to a consumer', async () => {
    for (const email of [await emailOf(16), 'no.such.person@example.com']) {
      for (let i = 0; i < 5; i += 1) await request(LENDING, { consumerEmail: email, scopes: SCOPE_SETS[i] });
      const sixth = await graphql(
        url,
        REQUEST,
        { input: { scopes: SCOPE_SETS[5], purpose: 'Loan offer', consumerEmail: email.toUpperCase() } },
        await asPartner(LENDING),
      );
      expect(codesOf(sixth)).toEqual(['CONSENT_REQUEST_LIMIT']);
    }
    // sent at once, still no more than 5
    const email = await emailOf(30);
    const burst = await Promise.all(
      SCOPE_SETS.map(async (scopes) =>
        graphql(
          url,
          REQUEST,
          { input: { scopes, purpose: 'Loan offer', consumerEmail: email } },
          await asPartner(LENDING),
        ),
      ),
    );
    expect(burst.map(codesOf).filter((codes) => codes.length === 0)).toHaveLength(5);
    expect(burst.map(codesOf).filter((codes) => codes[0] === 'CONSENT_REQUEST_LIMIT')).toHaveLength(3);
    // another partner's requests count for that partner alone
    expect((await requestTo(BIKES, 16)).status).toBe('AWAITING_AUTHORISATION');
  });

  test('a consumer leaving does not reset the limit for their e-mail: it would tell the partner they had been one', async () => {
    const email = await emailOf(36);
    for (let i = 0; i < 5; i += 1) await request(TELECOM, { consumerEmail: email, scopes: SCOPE_SETS[i] });
    expect(
      codesOf(
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
          await asUser(36),
        ),
      ),
    ).toEqual([]);
    const after = await graphql(
      url,
      REQUEST,
      { input: { scopes: SCOPE_SETS[5], purpose: 'Phone contract', consumerEmail: email } },
      await asPartner(TELECOM),
    );
    expect(codesOf(after)).toEqual(['CONSENT_REQUEST_LIMIT']);
    // and nothing that names the consumer is left on those requests
    expect(await requestRows().countBy({ subjectId: userId(36) })).toBe(0);
  });
});

describe("a partner's own list", () => {
  const MADE = `query Made($status: ConsentRequestStatus, $first: Int) { consentRequestsMadeByMe(status: $status, first: $first) { edges { node { id status reference consent { id } } } } }`;
  const made = async (partner: number, variables: Record<string, unknown> = {}) =>
    nodesOf(dataOf(await graphql(url, MADE, variables, await asPartner(partner)), 'consentRequestsMadeByMe'))! as {
      id: string;
      status: string;
    }[];

  test("lists the partner's requests newest first, filtered by status as it reads now (EXPIRED computed), never another partner's", async () => {
    const approved = await requestTo(LENDING, 37, { reference: 'made-1' });
    expect(codesOf(await answer(APPROVE, approved.id, await asUser(37)))).toEqual([]);
    const lapsed = await request(LENDING, { reference: 'made-2' });
    await requestRows().update({ id: lapsed.id }, { expiresAt: new Date(Date.now() - 1000) });
    const waiting = await request(LENDING, { reference: 'made-3' });

    const all = await made(LENDING);
    const mine = all.filter((r) => [approved.id, lapsed.id, waiting.id].includes(r.id));
    expect(mine.map((r) => [r.id, r.status])).toEqual([
      [waiting.id, 'AWAITING_AUTHORISATION'],
      [lapsed.id, 'EXPIRED'],
      [approved.id, 'AUTHORISED'],
    ]);
    expect((await made(LENDING, { status: 'EXPIRED' })).map((r) => r.id)).toContain(lapsed.id);
    expect((await made(LENDING, { status: 'EXPIRED' })).every((r) => r.status === 'EXPIRED')).toBe(true);
    expect((await made(LENDING, { status: 'AWAITING_AUTHORISATION' })).map((r) => r.id)).not.toContain(lapsed.id);
    expect((await made(LENDING, { status: 'AUTHORISED' })).map((r) => r.id)).toContain(approved.id);
    expect((await made(LENDING, { first: 1 })).map((r) => r.id)).toEqual([waiting.id]);
    expect((await made(BIKES)).some((r) => [approved.id, lapsed.id, waiting.id].includes(r.id))).toBe(false);
  });

  test('is for partners only, and holds first to 1–100', async () => {
    expect(codesOf(await graphql(url, MADE, {}, await asUser(37)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await graphql(url, MADE, {}, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await graphql(url, MADE, { first: 101 }, await asPartner(LENDING)))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('an open request', () => {
  test('whoever holds the link may open and approve it; it is then theirs alone', async () => {
    const created = await request(BIKES, { scopes: ['SCORE_THRESHOLD'] });
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asUser(17)), 'consentRequest').status).toBe(
      'AWAITING_AUTHORISATION',
    );
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asUser(18)), 'consentRequest').status).toBe(
      'AWAITING_AUTHORISATION',
    );
    const approved = dataOf(await answer(APPROVE, created.id, await asUser(17)), 'approveConsentRequest');
    expect(approved.consent.subject).toEqual({ id: userId(17) });
    expect(codesOf(await graphql(url, ONE, { id: created.id }, await asUser(18)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await answer(DECLINE, created.id, await asUser(18)))).toEqual(['NOT_FOUND']);
    expect(
      nodesOf(dataOf(await graphql(url, MINE, {}, await asUser(17)), 'myConsentRequests'))!.map(
        (r: { id: string }) => r.id,
      ),
    ).toContain(created.id);
    const seen = dataOf(await graphql(url, ONE, { id: created.id }, await asPartner(BIKES)), 'consentRequest');
    expect(seen.consent.subject).toEqual({ id: idAtPartner(BIKES, userId(17)) });
  });

  test('two consumers approving at once: one wins, the other finds it gone', async () => {
    const created = await request(BIKES, {});
    const results = await Promise.all([
      answer(APPROVE, created.id, await asUser(19)),
      answer(APPROVE, created.id, await asUser(20)),
    ]);
    expect(results.map(codesOf).sort()).toEqual([[], ['NOT_FOUND']]);
  });
});

describe('answered once', () => {
  test('a second answer, either way, is refused with CONSENT_REQUEST_ANSWERED', async () => {
    const created = await requestTo(BIKES, 21);
    const consumer = await asUser(21);
    expect(codesOf(await answer(APPROVE, created.id, consumer))).toEqual([]);
    expect(codesOf(await answer(APPROVE, created.id, consumer))).toEqual(['CONSENT_REQUEST_ANSWERED']);
    expect(codesOf(await answer(DECLINE, created.id, consumer))).toEqual(['CONSENT_REQUEST_ANSWERED']);
    expect(dataOf(await graphql(url, ONE, { id: created.id }, consumer), 'consentRequest').status).toBe('AUTHORISED');
  });

  test.each([
    [APPROVE, APPROVE, ['SCORE_BAND']],
    [APPROVE, DECLINE, ['PROFILE']],
    [DECLINE, APPROVE, ['SCORE_VALUE']],
  ])('answers racing each other: exactly one wins, and at most one consent exists', async (first, second, scopes) => {
    const created = await requestTo(TELECOM, 22, { scopes });
    const consumer = await asUser(22);
    const results = await Promise.all([answer(first, created.id, consumer), answer(second, created.id, consumer)]);
    expect(results.map(codesOf).sort()).toEqual([[], ['CONSENT_REQUEST_ANSWERED']]);
    const row = await requestRows().findOneByOrFail({ id: created.id });
    expect(row.consentId === null).toBe(row.status === 'REJECTED');
    // every consent consumer 22 holds for this partner came from one approval
    const authorised = await requestRows().countBy({
      subjectId: userId(22),
      partnerId: partnerId(TELECOM),
      status: 'AUTHORISED',
    });
    const consents = nodesOf(
      dataOf(
        await graphql(
          url,
          `
            {
              myConsents {
                edges {
                  node {
                    partner {
                      id
                    }
                  }
                }
              }
            }
          `,
          {},
          consumer,
        ),
        'myConsents',
      ),
    )!.filter((c: { partner: { id: string } }) => c.partner.id === partnerId(TELECOM));
    expect(consents).toHaveLength(authorised);
  });
});

describe('expiry', () => {
  test('a request lasts CREDENCE_CONSENT_REQUEST_TTL_HOURS', async () => {
    process.env.CREDENCE_CONSENT_REQUEST_TTL_HOURS = '2';
    try {
      const created = await requestTo(BIKES, 23);
      expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(2 * HOUR_MS);
    } finally {
      delete process.env.CREDENCE_CONSENT_REQUEST_TTL_HOURS;
    }
  });

  test('unanswered past its expiry it reads EXPIRED for both sides and can be neither approved nor declined', async () => {
    const created = await requestTo(BIKES, 24);
    await requestRows().update({ id: created.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asPartner(BIKES)), 'consentRequest').status).toBe(
      'EXPIRED',
    );
    const consumer = await asUser(24);
    expect(
      nodesOf(dataOf(await graphql(url, MINE, { status: 'EXPIRED' }, consumer), 'myConsentRequests'))!.map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual([created.id]);
    expect(
      nodesOf(dataOf(await graphql(url, MINE, { status: 'AWAITING_AUTHORISATION' }, consumer), 'myConsentRequests'))!,
    ).toEqual([]);
    expect(codesOf(await answer(APPROVE, created.id, consumer))).toEqual(['CONSENT_REQUEST_EXPIRED']);
    expect(codesOf(await answer(DECLINE, created.id, consumer))).toEqual(['CONSENT_REQUEST_EXPIRED']);
    expect(
      nodesOf(
        dataOf(
          await graphql(
            url,
            `
              {
                myConsents {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            `,
            {},
            consumer,
          ),
          'myConsents',
        ),
      )!,
    ).toEqual([]);
  });
});

describe('what a partner may ask', () => {
  test.each([
    ['a consent longer than CONSENT_MAX_DAYS', { durationDays: 366 }, 'durationDays'],
    ['a consent of no days', { durationDays: 0 }, 'durationDays'],
    ['a purpose of one character once trimmed', { purpose: '  x ' }, 'purpose'],
    ['no scope', { scopes: [] }, 'scopes'],
    ['an empty reference', { reference: '' }, 'reference'],
    ['a reference of spaces only', { reference: '   ' }, 'reference'],
    ['a reference of 201 characters', { reference: 'r'.repeat(201) }, 'reference'],
    ['an e-mail that is no address', { consumerEmail: 'not an address' }, 'consumerEmail'],
  ])('%s is refused with BAD_USER_INPUT naming the argument', async (_, bad, argument) => {
    const input = { scopes: ['SCORE_BAND'], purpose: 'Waive the bike deposit', ...bad };
    const response = await graphql(url, REQUEST, { input }, await asPartner(BIKES));
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.argument).toBe(argument);
  });

  test('365 days is the most a consent may last, as for grants', async () => {
    expect((await request(BIKES, { durationDays: 365 })).durationDays).toBe(365);
  });

  test('a cap lowered after the request holds at approval: the consent lasts no longer than the cap in force', async () => {
    const created = await requestTo(BIKES, 35, { durationDays: 300 });
    const saved = { max: process.env.CONSENT_MAX_DAYS, default: process.env.CONSENT_DEFAULT_DAYS };
    Object.assign(process.env, { CONSENT_MAX_DAYS: '30', CONSENT_DEFAULT_DAYS: '30' });
    try {
      const before = Date.now();
      const approved = dataOf(await answer(APPROVE, created.id, await asUser(35)), 'approveConsentRequest');
      const days = (new Date(approved.consent.expiresAt).getTime() - before) / DAY_MS;
      expect(days).toBeGreaterThan(29.99);
      expect(days).toBeLessThanOrEqual(30.01);
    } finally {
      for (const [name, value] of [
        ['CONSENT_MAX_DAYS', saved.max],
        ['CONSENT_DEFAULT_DAYS', saved.default],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  test('a suspended partner cannot ask, and reads nothing of its requests, until reinstated', async () => {
    const created = await request(TELECOM, {});
    const staff = await asStaff('partners');
    const suspend = await graphql(
      url,
      `
        mutation S($id: ID!) {
          suspendPartner(id: $id, reason: "Complaint 12") {
            status
          }
        }
      `,
      { id: partnerId(TELECOM) },
      staff,
    );
    expect(dataOf(suspend, 'suspendPartner').status).toBe('SUSPENDED');
    try {
      expect(
        codesOf(
          await graphql(
            url,
            REQUEST,
            { input: { scopes: ['SCORE_BAND'], purpose: 'Phone contract' } },
            await asPartner(TELECOM),
          ),
        ),
      ).toEqual(['PARTNER_SUSPENDED']);
      expect(codesOf(await graphql(url, ONE, { id: created.id }, await asPartner(TELECOM)))).toEqual([
        'PARTNER_SUSPENDED',
      ]);
    } finally {
      await graphql(
        url,
        `
          mutation R($id: ID!) {
            reinstatePartner(id: $id) {
              status
            }
          }
        `,
        { id: partnerId(TELECOM) },
        staff,
      );
    }
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asPartner(TELECOM)), 'consentRequest').status).toBe(
      'AWAITING_AUTHORISATION',
    );
  });
});

describe('notifications', () => {
  const eventsFor = (type: string, requestId: string) =>
    bikes.events(type).filter((r) => r.event.data.consentRequestId === requestId);

  test('an approval sends consent_request.approved (with the consumer) and consent.granted; a decline sends consent_request.declined without them', async () => {
    const approvedRequest = await requestTo(BIKES, 25, { reference: 'ref-25', scopes: ['SCORE_BAND', 'SCORE_VALUE'] });
    const consent = dataOf(
      await answer(APPROVE, approvedRequest.id, await asUser(25)),
      'approveConsentRequest',
    ).consent;
    const approved = await eventually(() => eventsFor('consent_request.approved', approvedRequest.id)[0]);
    expect(verify(bikesSecret, approved.headers, approved.body)).toBe(true);
    expect(approved.event).toEqual({
      type: 'consent_request.approved',
      timestamp: expect.any(String),
      data: {
        consentRequestId: approvedRequest.id,
        consentId: consent.id,
        subjectId: idAtPartner(BIKES, userId(25)),
        scopes: ['SCORE_BAND', 'SCORE_VALUE'],
        reference: 'ref-25',
      },
    });
    const granted = await eventually(() =>
      bikes.events('consent.granted').find((r) => r.event.data.consentId === consent.id),
    );
    expect(granted.event.data).toEqual({
      consentId: consent.id,
      subjectId: idAtPartner(BIKES, userId(25)),
      scopes: ['SCORE_BAND', 'SCORE_VALUE'],
    });

    const declinedRequest = await requestTo(BIKES, 26, { reference: 'ref-26' });
    expect(codesOf(await answer(DECLINE, declinedRequest.id, await asUser(26)))).toEqual([]);
    const declined = await eventually(() => eventsFor('consent_request.declined', declinedRequest.id)[0]);
    expect(verify(bikesSecret, declined.headers, declined.body)).toBe(true);
    expect(declined.event).toEqual({
      type: 'consent_request.declined',
      timestamp: expect.any(String),
      data: { consentRequestId: declinedRequest.id, scopes: ['SCORE_BAND'], reference: 'ref-26' },
    });
    for (const id of [userId(26), idAtPartner(BIKES, userId(26))]) expect(declined.body).not.toContain(id);
  });
});

describe("the consumer's rights", () => {
  test('the export holds their requests; deleting the account leaves the partner its requests but not who they were for', async () => {
    const answered = await requestTo(LENDING, 27, { reference: 'loan-27' });
    const waiting = await requestTo(LENDING, 27, { scopes: ['PROFILE'] });
    const consumer = await asUser(27);
    expect(codesOf(await answer(APPROVE, answered.id, consumer))).toEqual([]);
    const exported = dataOf(
      await graphql(
        url,
        `
          {
            exportMyData {
              consentRequests
            }
          }
        `,
        {},
        consumer,
      ),
      'exportMyData',
    ).consentRequests;
    expect(exported.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [waiting.id, 'AWAITING_AUTHORISATION'],
      [answered.id, 'AUTHORISED'],
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/emailHash|loan-27/);

    expect(
      codesOf(
        await graphql(
          url,
          `
            mutation {
              deleteMyAccount {
                completedAt
              }
            }
          `,
          {},
          consumer,
        ),
      ),
    ).toEqual([]);
    expect(await requestRows().countBy({ subjectId: userId(27) })).toBe(0);
    const rows = await requestRows().findBy({ partnerId: partnerId(LENDING) });
    const kept = (id: string) => rows.find((row) => row.id === id)!;
    expect([kept(answered.id).emailHash, kept(answered.id).reference]).toEqual([null, null]);
    // the unanswered one keeps counting against the partner's limit for the address until it expires (see below)
    expect(kept(waiting.id).emailHash).toEqual(expect.any(String));
    expect(kept(waiting.id).reference).toBeNull();
    expect(
      dataOf(await graphql(url, ONE, { id: answered.id }, await asPartner(LENDING)), 'consentRequest').status,
    ).toBe('AUTHORISED');
  });

  test('a request addressed to a consumer whose erasure has begun (the profile not yet deleted) is left to no one', async () => {
    const email = await emailOf(31);
    // the consent subgraph's step of the erasure only: the users subgraph still knows the address
    await requestErasure(platform.databases.consent, userId(31));
    const created = await request(LENDING, { consumerEmail: email });
    expect(created.status).toBe('AWAITING_AUTHORISATION');
    expect(await requestRows().countBy({ subjectId: userId(31) })).toBe(0);
    expect(nodesOf(dataOf(await graphql(url, MINE, {}, await asUser(31)), 'myConsentRequests'))!).toEqual([]);
  });
});

describe('batching', () => {
  test("listing a consumer's requests with their consents and partners costs the same SQL for 1 as for 4", async () => {
    const statementsFor = async (consumer: number) => {
      const caller = await asUser(consumer);
      const before = platform.queryCount();
      nodesOf(dataOf(await graphql(url, MINE, {}, caller), 'myConsentRequests'))!;
      return platform.queryCount() - before;
    };
    for (const partner of [BIKES]) await answer(APPROVE, (await requestTo(partner, 28)).id, await asUser(28));
    for (const [partner, scopes] of [
      [BIKES, ['SCORE_BAND']],
      [LENDING, ['SCORE_BAND']],
      [TELECOM, ['SCORE_BAND']],
      [BIKES, ['PROFILE']],
    ] as const)
      await answer(APPROVE, (await requestTo(partner, 29, { scopes })).id, await asUser(29));
    expect(await statementsFor(29)).toBe(await statementsFor(28));
  });
});

import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { RECORD_DISPUTE_NOTICE } from '../../shared/consent/dispute-notice';
import { callSubgraph } from '../../shared/trust/internal-client';
import { ANONYMOUS } from '../../shared/trust/viewer';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { FileFreeze } from '../../subgraphs/consent/entities/FileFreeze';
import { DisputeNotice } from '../../subgraphs/credit-history/entities/DisputeNotice';
import { Notification } from '../../subgraphs/consent/entities/Notification';
import { sweepConsentExpiries, sweepExpiringConsents } from '../../subgraphs/consent/consents/expire-consents';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  dataOf,
  graphql,
  idAtPartner,
  partnerId,
  userId,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 40 });
});
afterAll(() => platform.stop());

const BIKES = 0;
const LENDING = 2;
const RETAIL = 4;
const DAY = 86_400_000;

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const FEED = `query Feed($first: Int, $after: String) { myNotifications(first: $first, after: $after) {
  totalCount unreadCount pageInfo { hasNextPage endCursor }
  edges { node { id kind occurredAt read message partner { name } consent { id scopes } disputeId } }
} }`;
const MARK = `mutation Mark($upTo: ID) { markNotificationsRead(upTo: $upTo) }`;
const EVERYTHING = `query($id: ID!) { user(id: $id) { displayName creditRecords(first: 2) { totalCount } creditScore { value band } } }`;

interface Line {
  id: string;
  kind: string;
  occurredAt: string;
  read: boolean;
  message: string;
  partner: { name: string } | null;
  consent: { id: string; scopes: string[] } | null;
  disputeId: string | null;
}

const run = async (query: string, caller: Caller, variables: Record<string, unknown> = {}) =>
  graphql(platform.gatewayUrl, query, variables, caller);
async function feedOf(subject: number, first = 100, after: string | null = null) {
  return dataOf<{
    totalCount: number;
    unreadCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Line }[];
  }>(await run(FEED, await asUser(subject), { first, after }), 'myNotifications');
}
const linesOf = async (subject: number) => (await feedOf(subject)).edges.map((edge) => edge.node);
const grant = async (subject: number, partner: number, scopes: string[]) =>
  dataOf<{ id: string }>(
    await run(GRANT, await asUser(subject), {
      input: { partnerId: partnerId(partner), scopes, purpose: 'Assess a loan' },
    }),
    'grantConsent',
  );
const rows = () => platform.databases.consent.dataSource.getRepository(Notification);

describe('a partner read their data', () => {
  const subject = 21;

  test('one line per read event, even when the request reaches guarded fields of three subgraphs', async () => {
    await grant(subject, LENDING, ['PROFILE', 'CREDIT_HISTORY', 'SCORE_VALUE']);
    const response = await run(EVERYTHING, await asPartner(LENDING), { id: idAtPartner(LENDING, userId(subject)) });
    expect(response.data!.user.displayName).toEqual(expect.any(String));
    const lines = await linesOf(subject);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual(
      expect.objectContaining({
        kind: 'PARTNER_READ',
        read: false,
        partner: { name: 'Hanse Kredit' },
        message:
          'Hanse Kredit read your profile, your credit history and your score. It also asked for your score band; it was refused because you had not given Hanse Kredit consent for it.',
      }),
    );
    expect(await rows().countBy({ subjectId: userId(subject) })).toBe(1);
  });

  test('a refused attempt is a line too, saying it was refused', async () => {
    await run(`query($id: ID!) { user(id: $id) { displayName creditScore { band } } }`, await asPartner(RETAIL), {
      id: idAtPartner(RETAIL, userId(subject)),
    });
    const [latest] = await linesOf(subject);
    expect(latest).toEqual(
      expect.objectContaining({
        kind: 'PARTNER_READ',
        partner: { name: 'Alster Home' },
        message:
          'Alster Home asked for your profile and your score band; they were refused because you had not given Alster Home consent for them.',
      }),
    );
  });

  test("the consumer's own reads and staff's are in the access log, not the feed", async () => {
    const before = (await feedOf(subject)).totalCount;
    await run(`{ me { displayName creditScore { band } } }`, await asUser(subject));
    await run(EVERYTHING, await asStaff('support', 'ticket 9: reading the file'), { id: userId(subject) });
    expect((await feedOf(subject)).totalCount).toBe(before);
  });

  test('a list query over many consumers adds one line to each one asked about, none to anyone else', async () => {
    const others = [22, 23];
    for (const other of others) await grant(other, BIKES, ['SCORE_BAND']);
    await run(`query($ids: [ID!]!) { usersByIds(ids: $ids) { creditScore { band } } }`, await asPartner(BIKES), {
      ids: others.map((other) => idAtPartner(BIKES, userId(other))),
    });
    for (const other of others)
      expect((await linesOf(other)).map((line) => line.message)).toEqual(['Spree Bikes read your score band.']);
    expect((await linesOf(24)).filter((line) => line.kind === 'PARTNER_READ')).toEqual([]);
  });
});

describe('unread count, marking read, paging', () => {
  const subject = 25;

  beforeAll(async () => {
    await grant(subject, BIKES, ['SCORE_BAND']);
    // five read events, a few milliseconds apart so that the order is the order asked
    for (let i = 0; i < 5; i += 1) {
      await run(`query($id: ID!) { user(id: $id) { creditScore { band } } }`, await asPartner(BIKES), {
        id: idAtPartner(BIKES, userId(subject)),
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });

  test('pages newest first with after, each line once, with totalCount', async () => {
    const all = (await feedOf(subject)).edges.map((edge) => edge.node);
    expect(all).toHaveLength(5);
    const times = all.map((line) => line.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const first = await feedOf(subject, 2);
    expect(first).toEqual(
      expect.objectContaining({
        totalCount: 5,
        unreadCount: 5,
        pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
      }),
    );
    const second = await feedOf(subject, 2, first.pageInfo.endCursor);
    const third = await feedOf(subject, 2, second.pageInfo.endCursor);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node.id)).toEqual(
      all.map((line) => line.id),
    );
  });

  test('marks read up to and including a line (it and every older one), then all', async () => {
    const all = await linesOf(subject);
    const left = dataOf<number>(await run(MARK, await asUser(subject), { upTo: all[1].id }), 'markNotificationsRead');
    expect(left).toBe(1);
    expect((await linesOf(subject)).map((line) => line.read)).toEqual([false, true, true, true, true]);
    expect((await feedOf(subject)).unreadCount).toBe(1);
    expect(dataOf<number>(await run(MARK, await asUser(subject)), 'markNotificationsRead')).toBe(0);
    expect((await linesOf(subject)).every((line) => line.read)).toBe(true);
  });

  test("another consumer's line is NOT_FOUND, like a missing one, and marks nothing", async () => {
    const [theirs] = await linesOf(21);
    for (const upTo of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await run(MARK, await asUser(subject), { upTo });
      expect(codesOf(response)).toEqual(['NOT_FOUND']);
      expect(response.errors![0].message).toBe(`Notification ${upTo} was not found.`);
    }
    expect((await linesOf(21)).some((line) => line.read)).toBe(false);
    expect(codesOf(await run(MARK, await asUser(subject), { upTo: 'nope' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the feed without partner reads (includePartnerReads: false), for a page that shows the access log beside it', () => {
  const subject = 26;
  const ALERTS = `query Alerts($after: String) { myNotifications(first: 1, after: $after, includePartnerReads: false) {
    totalCount unreadCount pageInfo { hasNextPage endCursor } edges { node { kind } }
  } }`;

  test('leaves reads out of the page, totalCount and unreadCount, pages the rest, and marking all read marks the reads too', async () => {
    await grant(subject, BIKES, ['SCORE_BAND']);
    const read = async () =>
      run(`query($id: ID!) { user(id: $id) { creditScore { band } } }`, await asPartner(BIKES), {
        id: idAtPartner(BIKES, userId(subject)),
      });
    await read();
    expect(dataOf(await run(`mutation { freezeMyFile { frozen } }`, await asUser(subject)), 'freezeMyFile')).toEqual({
      frozen: true,
    });
    await read();
    expect(
      dataOf(await run(`mutation { unfreezeMyFile { frozen } }`, await asUser(subject)), 'unfreezeMyFile'),
    ).toEqual({ frozen: false });
    await read();
    // the seed may have left this consumer an older alert or two (an expired consent)
    const everything = (await feedOf(subject)).edges.map((edge) => edge.node.kind);
    expect(everything.slice(0, 5)).toEqual([
      'PARTNER_READ',
      'FILE_UNFROZEN',
      'PARTNER_READ',
      'FILE_FROZEN',
      'PARTNER_READ',
    ]);
    const alerts = everything.filter((kind) => kind !== 'PARTNER_READ');
    expect(everything.filter((kind) => kind === 'PARTNER_READ')).toHaveLength(3);
    const caller = await asUser(subject);
    const first = dataOf<{
      totalCount: number;
      unreadCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { kind: string } }[];
    }>(await run(ALERTS, caller), 'myNotifications');
    expect(first).toEqual({
      totalCount: alerts.length,
      unreadCount: alerts.length,
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
      edges: [{ node: { kind: 'FILE_UNFROZEN' } }],
    });
    const second = dataOf<typeof first>(
      await run(ALERTS, caller, { after: first.pageInfo.endCursor }),
      'myNotifications',
    );
    expect(second.edges).toEqual([{ node: { kind: 'FILE_FROZEN' } }]);
    expect(second.pageInfo.hasNextPage).toBe(alerts.length > 2);
    expect(dataOf<number>(await run(MARK, caller), 'markNotificationsRead')).toBe(0);
    expect((await feedOf(subject)).unreadCount).toBe(0);
  });
});

describe('consents about to expire and expired, from the sweep', () => {
  const subject = 26;
  const consentRows = () => platform.databases.consent.dataSource.getRepository(Consent);

  async function consentEnding(expiresAt: Date, scopes: Consent['scopes']) {
    const consent = Object.assign(new Consent(), {
      id: randomUUID(),
      subjectId: userId(subject),
      partnerId: partnerId(LENDING),
      scopes,
      purpose: 'Assess a loan',
      grantedAt: new Date(expiresAt.getTime() - 30 * DAY),
      expiresAt,
      revokedAt: null,
      expiryNotifiedAt: null,
      expiryWarnedAt: null,
    });
    await consentRows().insert(consent);
    return consent;
  }

  test('a warning once, seven days before; then one line once it has expired; replaying the sweeps adds nothing', async () => {
    const now = Date.now();
    const ending = await consentEnding(new Date(now + 20 * DAY), ['SCORE_BAND', 'SCORE_VALUE']);
    const sweepAt = (offset: number) => sweepConsentExpiries(platform.databases.consent, new Date(now + offset));

    await sweepAt(0);
    expect((await linesOf(subject)).filter((line) => line.consent?.id === ending.id)).toEqual([]);

    await sweepAt(14 * DAY);
    await sweepAt(15 * DAY);
    const warned = (await linesOf(subject)).filter((line) => line.consent?.id === ending.id);
    expect(warned).toEqual([
      expect.objectContaining({
        kind: 'CONSENT_EXPIRING',
        partner: { name: 'Hanse Kredit' },
        consent: { id: ending.id, scopes: ['SCORE_BAND', 'SCORE_VALUE'] },
        message: `Your consent for Hanse Kredit to see your score band and your score expires on ${ending.expiresAt.toISOString().slice(0, 10)}.`,
      }),
    ]);

    await sweepAt(21 * DAY);
    await sweepAt(22 * DAY);
    const lines = (await linesOf(subject)).filter((line) => line.consent?.id === ending.id);
    expect(lines.map((line) => line.kind)).toEqual(['CONSENT_EXPIRED', 'CONSENT_EXPIRING']);
    expect(lines[0].message).toBe(
      `Your consent for Hanse Kredit to see your score band and your score expired on ${ending.expiresAt.toISOString().slice(0, 10)}; it can no longer read them.`,
    );
    expect(lines[0].occurredAt).toBe(ending.expiresAt.toISOString());
  });

  test('two sweeps at once (as two replicas run them) announce each consent once', async () => {
    const consents = await Promise.all(
      [1, 2, 3].map((days) => consentEnding(new Date(Date.now() + days * DAY), ['SCORE_BAND'])),
    );
    const twice = async (at: Date) =>
      Promise.all([
        sweepConsentExpiries(platform.databases.consent, at),
        sweepConsentExpiries(platform.databases.consent, at),
      ]);
    await twice(new Date(Date.now() + DAY / 2)); // all three end within the week
    await twice(new Date(Date.now() + 5 * DAY)); // all three have ended
    const ids = new Set<string>(consents.map((consent) => consent.id));
    const lines = (await linesOf(subject)).filter((line) => line.consent && ids.has(line.consent.id));
    expect(lines.map((line) => line.kind).sort()).toEqual([
      ...Array(3).fill('CONSENT_EXPIRED'),
      ...Array(3).fill('CONSENT_EXPIRING'),
    ]);
  });

  test('a revoked consent is neither warned about nor announced as expired', async () => {
    const consent = await consentEnding(new Date(Date.now() + 3 * DAY), ['PROFILE']);
    await consentRows().update({ id: consent.id }, { revokedAt: new Date() });
    await sweepConsentExpiries(platform.databases.consent, new Date(Date.now() + 4 * DAY));
    expect((await linesOf(subject)).filter((line) => line.consent?.id === consent.id)).toEqual([]);
  });

  test('the warning period is configurable (CREDENCE_CONSENT_EXPIRY_WARNING_DAYS)', async () => {
    const consent = await consentEnding(new Date(Date.now() + 10 * DAY), ['PROFILE']);
    const before = process.env.CREDENCE_CONSENT_EXPIRY_WARNING_DAYS;
    try {
      delete process.env.CREDENCE_CONSENT_EXPIRY_WARNING_DAYS; // 7 by default
      expect(await sweepExpiringConsents(platform.databases.consent)).toBe(0);
      process.env.CREDENCE_CONSENT_EXPIRY_WARNING_DAYS = '14';
      expect(await sweepExpiringConsents(platform.databases.consent)).toBe(1);
    } finally {
      if (before === undefined) delete process.env.CREDENCE_CONSENT_EXPIRY_WARNING_DAYS;
      else process.env.CREDENCE_CONSENT_EXPIRY_WARNING_DAYS = before;
    }
    expect((await linesOf(subject)).filter((line) => line.consent?.id === consent.id).map((line) => line.kind)).toEqual(
      ['CONSENT_EXPIRING'],
    );
  });
});

describe('a dispute changed state', () => {
  const subject = 27;
  const DISPUTE = `mutation File($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`;

  async function waitForLines(index: number, count: number, deadlineMs = 15_000): Promise<Line[]> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const lines = (await linesOf(index)).filter((line) => line.kind === 'DISPUTE_UPDATED');
      if (lines.length >= count || Date.now() > deadline) return lines;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test('filed, taken up and decided by staff: each arrives in the feed, once', async () => {
    const records = dataOf(
      await run(`{ me { creditRecords(first: 1) { edges { node { id } } } } }`, await asUser(subject)),
      'me',
    );
    const recordId = records.creditRecords.edges[0].node.id;
    const { id } = dataOf<{ id: string }>(
      await run(DISPUTE, await asUser(subject), {
        input: { recordId, reason: 'OTHER', details: 'This account was closed years ago.' },
      }),
      'disputeCreditRecord',
    );
    const staff = await asStaff('disputes', 'dispute queue');
    dataOf(
      await run(`mutation($id: ID!) { startDisputeInvestigation(id: $id) { status } }`, staff, { id }),
      'startDisputeInvestigation',
    );
    const input = { id, outcome: 'REJECTED', note: 'The lender confirmed the account was open at the time.' };
    dataOf(
      await run(`mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { status } }`, staff, {
        input,
      }),
      'resolveDispute',
    );

    const lines = await waitForLines(subject, 3);
    expect(lines.map((line) => [line.disputeId, line.message])).toEqual([
      [id, 'Your dispute was rejected: the note staff left on it says why.'],
      [id, 'Credence staff are now investigating your dispute of a credit record.'],
      [id, 'We received your dispute of a credit record; staff will answer within 30 days.'],
    ]);
    // no consumer but the one who disputed sees any of it
    expect((await linesOf(28)).filter((line) => line.kind === 'DISPUTE_UPDATED')).toEqual([]);
  });

  test('a notice delivered twice is recorded once; only the credit-history subgraph may deliver one', async () => {
    const notice = {
      id: randomUUID(),
      subjectId: userId(subject),
      disputeId: randomUUID(),
      status: 'OPEN',
      occurredAt: new Date().toISOString(),
    };
    const send = (caller: string) =>
      callSubgraph(platform.subgraphUrls, 'consent', caller, ANONYMOUS, RECORD_DISPUTE_NOTICE, { notice });
    await send('credit-history');
    await send('credit-history');
    expect(await rows().countBy({ disputeId: notice.disputeId })).toBe(1);
    await expect(send('scores')).rejects.toThrow('Only the credit-history subgraph records dispute notices.');
    const viaGateway = await run(
      `mutation { recordDisputeNotice(notice: { id: "x", subjectId: "x", disputeId: "x", status: "OPEN", occurredAt: "2026-01-01T00:00:00Z" }) }`,
      await asUser(subject),
    );
    expect(codesOf(viaGateway)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('who may read a feed', () => {
  test.each([
    ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
    ['a partner', () => asPartner(BIKES), 'FORBIDDEN'],
    ['staff', () => asStaff('support'), 'FORBIDDEN'],
  ])('%s is refused myNotifications and markNotificationsRead', async (_, caller, code) => {
    expect(codesOf(await run(FEED, await caller()))).toEqual([code]);
    expect(codesOf(await run(MARK, await caller()))).toEqual([code]);
  });
});

describe('erasure', () => {
  test("deleting the account removes the consumer's feed and freeze", async () => {
    const subject = 29;
    dataOf(await run(`mutation { freezeMyFile { frozen } }`, await asUser(subject)), 'freezeMyFile');
    expect(await rows().countBy({ subjectId: userId(subject) })).toBe(1);
    dataOf(await run(`mutation { deleteMyAccount { completedAt } }`, await asUser(subject)), 'deleteMyAccount');
    expect(await rows().countBy({ subjectId: userId(subject) })).toBe(0);
    expect(
      await platform.databases.consent.dataSource.getRepository(FileFreeze).countBy({ subjectId: userId(subject) }),
    ).toBe(0);
  });

  test('a dispute notice of an erased consumer is dropped, in credit history and on arrival alike', async () => {
    const subject = 30;
    const records = dataOf(
      await run(`{ me { creditRecords(first: 1) { edges { node { id } } } } }`, await asUser(subject)),
      'me',
    );
    const input = { recordId: records.creditRecords.edges[0].node.id, reason: 'OTHER', details: 'Not my account.' };
    dataOf(
      await run(
        `mutation($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`,
        await asUser(subject),
        { input },
      ),
      'disputeCreditRecord',
    );
    dataOf(await run(`mutation { deleteMyAccount { completedAt } }`, await asUser(subject)), 'deleteMyAccount');
    expect(
      await platform.databases['credit-history'].dataSource
        .getRepository(DisputeNotice)
        .countBy({ userId: userId(subject) }),
    ).toBe(0);
    // a notice already on its way when the account went
    const notice = {
      id: randomUUID(),
      subjectId: userId(subject),
      disputeId: randomUUID(),
      status: 'INVESTIGATING',
      occurredAt: new Date().toISOString(),
    };
    await callSubgraph(platform.subgraphUrls, 'consent', 'credit-history', ANONYMOUS, RECORD_DISPUTE_NOTICE, {
      notice,
    });
    expect(await rows().countBy({ subjectId: userId(subject) })).toBe(0);
  });
});

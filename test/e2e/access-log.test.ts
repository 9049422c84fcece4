import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { insertInChunks } from '../../shared/demo/seeding';
import { isBackgroundWork } from '../../shared/store/database';
import { AccessLogEntry } from '../../subgraphs/consent/entities/AccessLogEntry';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  idAs,
  idAtPartner,
  nodesOf,
  partnerId,
  userId,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 60 });
});
afterAll(() => platform.stop());

const BIKES = 0;
const LENDING = 2;
const DAY = 86_400_000;
const events = () => platform.databases.consent.dataSource.getRepository(AccessLogEntry);

/** Consents written straight to the store: what these tests are about is reading, not granting. */
async function consentsFor(partner: number, subjects: number[], scopes: Consent['scopes']) {
  const now = Date.now();
  await platform.databases.consent.dataSource.getRepository(Consent).insert(
    subjects.map((subject) =>
      Object.assign(new Consent(), {
        id: randomUUID(),
        subjectId: userId(subject),
        partnerId: partnerId(partner),
        scopes,
        purpose: 'Assess a loan',
        grantedAt: new Date(now - DAY),
        expiresAt: new Date(now + 30 * DAY),
        revokedAt: null,
      }),
    ),
  );
}

const LOG = `{ me { accessLog(first: 50) { edges { node { requestId viewerKind staffRole outcome purpose summary fields { field scope outcome denialCode } } } } } }`;
async function logOf(subject: number) {
  const response = await graphql(platform.gatewayUrl, LOG, {}, await asUser(subject));
  expect(response.errors).toBeUndefined();
  return response.data!.me.accessLog.edges.map((edge: { node: Record<string, any> }) => edge.node);
}
const field = (name: string, outcome: string, denialCode: string | null = null) =>
  expect.objectContaining({ field: name, outcome, denialCode });

describe('one entry per read event', () => {
  test('a request whose fields three subgraphs resolve is one entry, under the request id the gateway answered with', async () => {
    await consentsFor(LENDING, [1], ['PROFILE', 'CREDIT_HISTORY', 'SCORE_VALUE']);
    const { token } = await asPartner(LENDING);
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query($id: ID!) { user(id: $id) { displayName creditRecords(first: 2) { totalCount } creditScore { value band } } }`,
        variables: { id: idAtPartner(LENDING, userId(1)) },
      }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toEqual(expect.any(String));
    expect(await events().countBy({ requestId: requestId! })).toBe(1);
    const entries = (await logOf(1)).filter((entry: { requestId: string }) => entry.requestId === requestId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toEqual(
      expect.objectContaining({ viewerKind: 'PARTNER', outcome: 'ALLOWED', purpose: 'Assess a loan' }),
    );
    expect(entries[0].fields).toEqual(
      expect.arrayContaining([
        field('User.displayName', 'ALLOWED'),
        field('User.creditRecords', 'ALLOWED'),
        field('CreditScore.value', 'ALLOWED'),
        field('CreditScore.band', 'DENIED', 'CONSENT_REQUIRED'),
      ]),
    );
    expect(entries[0].fields).toHaveLength(4);
    expect(entries[0].summary).toBe(
      'Hanse Kredit read your profile, your credit history and your score. It also asked for your score band; it was refused because you had not given Hanse Kredit consent for it.',
    );
  });

  test('the export carries every entry with its fields', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        {
          exportMyData {
            accessLog
          }
        }
      `,
      {},
      await asUser(1),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.exportMyData.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          viewerKind: 'PARTNER',
          decision: 'ALLOWED',
          reads: expect.arrayContaining([expect.objectContaining({ field: 'User.displayName' })]),
        }),
      ]),
    );
  });
});

describe('the cost of a decision', () => {
  const subjects = Array.from({ length: 50 }, (_, i) => i + 10);
  const QUERY = `query($ids: [ID!]!) { usersByIds(ids: $ids) { id creditScore { value band } scoreAtLeast(threshold: 693) } }`;

  /** The SQL the consent subgraph sends, and the access-log rows written, for one partner request over 50 users. */
  async function oneRequest(caller: Caller) {
    const rowsBefore = await events().count();
    // The request's statements only: an outbox poll that lands meanwhile is a worker's, not this request's.
    const sql: string[] = [];
    const sent = jest.spyOn(platform.databases.consent.queries, 'logQuery').mockImplementation((query: string) => {
      if (!isBackgroundWork()) sql.push(query);
    });
    const ids = subjects.map((subject) => idAs(caller, userId(subject)));
    const response = await graphql(platform.gatewayUrl, QUERY, { ids }, caller);
    sent.mockRestore();
    expect(response.data!.usersByIds).toHaveLength(50);
    expect(codesOf(response).every((code) => code === 'CONSENT_REQUIRED')).toBe(true);
    return { sql, rows: (await events().count()) - rowsBefore };
  }

  test("does not grow with the access log: the same statements before and after 20,000 entries of this partner's own reads", async () => {
    await consentsFor(
      BIKES,
      subjects.filter((s) => s % 2 === 0),
      ['SCORE_THRESHOLD', 'SCORE_BAND'],
    );
    const caller = await asPartner(BIKES);
    await oneRequest(caller); // warm: score snapshots, threshold quotas
    const fresh = await oneRequest(caller);

    // a day of this partner asking about these very consumers: what the old design scanned on every request
    const now = Date.now();
    const history = Array.from({ length: 20_000 }, (_, i) =>
      Object.assign(new AccessLogEntry(), {
        id: randomUUID(),
        requestId: randomUUID(),
        subjectId: userId(subjects[i % 50]),
        viewerKind: 'PARTNER',
        viewerId: partnerId(BIKES),
        staffRole: null,
        decision: 'ALLOWED',
        purpose: 'Assess a loan',
        occurredAt: new Date(now - (i % 1000) * 60_000),
        reads: [
          {
            field: 'User.scoreAtLeast',
            scope: 'SCORE_THRESHOLD',
            detail: '{"threshold":693}',
            outcome: 'ALLOWED',
            denialCode: null,
            consentId: null,
          },
        ],
      }),
    );
    await platform.databases.consent.dataSource.transaction((manager) =>
      insertInChunks(manager, AccessLogEntry, history, 500),
    );

    const later = await oneRequest(caller);
    expect(later.sql).toHaveLength(fresh.sql.length);
    // one batch from the scores subgraph: suspension, consents, file freezes, then BEGIN, quota lock,
    // quota save, the log upsert with the alerts feed's insert-or-ignore (one statement on PostgreSQL,
    // two on SQLite), COMMIT
    const postgres = platform.databases.consent.dataSource.options.type === 'postgres';
    expect(fresh.sql.length).toBeLessThanOrEqual(postgres ? 8 : 9);
    // the feed is written once per batch, whatever its size
    expect(later.sql.filter((sql) => sql.includes('INSERT INTO "notification"'))).toHaveLength(1);
    // and none of them reads the log: it is only written
    const touchingLog = later.sql.filter((sql) => sql.includes('access_log_entry'));
    expect(touchingLog).toHaveLength(1);
    expect(touchingLog[0]).toMatch(
      postgres ? /^WITH w0 AS \(INSERT INTO "access_log_entry"/ : /^INSERT INTO "access_log_entry"/,
    );
    // one access-log row per consumer asked about, not one per field
    expect(fresh.rows).toBe(50);
    expect(later.rows).toBe(50);
  });
});

describe('staff reading consents and access logs', () => {
  const READ = `query($id: ID!) { user(id: $id) { consents { edges { node { id } } } accessLog { totalCount } } }`;
  const readAs = async (subject: number, caller: Caller) =>
    graphql(platform.gatewayUrl, READ, { id: userId(subject) }, caller);

  test('a read role with a reason may, and the consumer sees it in their log with role and reason', async () => {
    const response = await readAs(30, await asStaff('support', 'ticket 555: consent question'));
    expect(response.errors).toBeUndefined();
    expect(nodesOf(response.data!.user.consents)).toEqual(expect.any(Array));
    const [latest] = await logOf(30);
    expect(latest).toEqual(
      expect.objectContaining({
        viewerKind: 'STAFF',
        staffRole: 'support',
        outcome: 'ALLOWED',
        purpose: 'ticket 555: consent question',
      }),
    );
    // the look-up by id is a staff read too (Query.user), then the two lists
    expect(latest.fields).toEqual([
      field('Query.user', 'ALLOWED'),
      field('User.consents', 'ALLOWED'),
      field('User.accessLog', 'ALLOWED'),
    ]);
    expect(latest.summary).toBe('Credence staff (support) read your account, your consents and your access log.');
  });

  test.each([
    // curl and most HTTP clients send UTF-8; a browser's fetch sends a character up to U+00FF as its one byte
    ['as UTF-8', 36, Buffer.from('Prüfung – Ticket 7', 'utf8').toString('latin1'), 'Prüfung – Ticket 7'],
    ['as Latin-1', 37, 'Prüfung, Ticket 8', 'Prüfung, Ticket 8'],
  ])('a reason with accents sent %s is logged in the words staff typed', async (_, subject, header, words) => {
    expect((await readAs(subject, await asStaff('support', header))).errors).toBeUndefined();
    const [latest] = await logOf(subject);
    expect(latest).toEqual(expect.objectContaining({ staffRole: 'support', purpose: words }));
  });

  test.each([
    ['the engineer role, even with a reason', 31, 'engineer', 'debugging'],
    ['a read role without a reason', 32, 'support', null],
  ])('%s is refused, and the refusal is logged', async (_, subject, role, reason) => {
    const response = await readAs(subject, await asStaff(role, reason));
    expect(response.data!.user).toEqual({ consents: null, accessLog: null });
    expect(codesOf(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const [latest] = await logOf(subject);
    expect(latest).toEqual(
      expect.objectContaining({ viewerKind: 'STAFF', staffRole: role, outcome: 'DENIED', purpose: reason }),
    );
    expect(latest.fields).toEqual([
      field('User.consents', 'DENIED', 'FORBIDDEN'),
      field('User.accessLog', 'DENIED', 'FORBIDDEN'),
    ]);
  });

  test('CREDENCE_STAFF_READ_ROLES decides which roles may', async () => {
    const before = process.env.CREDENCE_STAFF_READ_ROLES;
    process.env.CREDENCE_STAFF_READ_ROLES = 'compliance';
    try {
      expect(codesOf(await readAs(33, await asStaff('support', 'ticket 1')))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect((await readAs(33, await asStaff('compliance', 'audit 7'))).errors).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.CREDENCE_STAFF_READ_ROLES;
      else process.env.CREDENCE_STAFF_READ_ROLES = before;
    }
  });

  test("a partner's held consents: shown to a read role and logged for each consumer listed, refused to an engineer", async () => {
    const holders = [40, 41, 42];
    await consentsFor(3, holders, ['SCORE_BAND']); // Elbe Mobil
    const HELD = `query($id: ID!) { partner(id: $id) { consentsHeld(first: 100) { edges { node { subject { id } } } } } }`;
    const allowed = await graphql(
      platform.gatewayUrl,
      HELD,
      { id: partnerId(3) },
      await asStaff('compliance', 'audit 8'),
    );
    expect(allowed.errors).toBeUndefined();
    expect(nodesOf(allowed.data!.partner.consentsHeld)!.map((c: { subject: { id: string } }) => c.subject.id)).toEqual(
      expect.arrayContaining(holders.map(userId)),
    );
    const refused = await graphql(
      platform.gatewayUrl,
      HELD,
      { id: partnerId(3) },
      await asStaff('engineer', 'curious'),
    );
    expect(refused.data!.partner.consentsHeld).toBeNull();
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    const LIST_READS = `{ me { accessLog(first: 2) { edges { node { fields { field detail } } } } } }`;
    const listed = await graphql(platform.gatewayUrl, LIST_READS, {}, await asUser(holders[0]));
    expect(listed.data!.me.accessLog.edges[0].node.fields).toEqual([
      { field: 'Partner.consentsHeld', detail: JSON.stringify({ partnerId: partnerId(3) }) },
    ]);
    for (const subject of holders) {
      const [refusal, read] = await logOf(subject);
      expect(read).toEqual(
        expect.objectContaining({
          staffRole: 'compliance',
          outcome: 'ALLOWED',
          fields: [field('Partner.consentsHeld', 'ALLOWED')],
        }),
      );
      expect(refusal).toEqual(
        expect.objectContaining({
          staffRole: 'engineer',
          outcome: 'DENIED',
          fields: [field('Partner.consentsHeld', 'DENIED', 'FORBIDDEN')],
        }),
      );
    }
  });
});

import { gzipSync } from 'node:zlib';
import { Platform } from '../../platform/launcher';
import { CreditAccount } from '../../subgraphs/credit-history/entities/CreditAccount';
import { CreditRecord } from '../../subgraphs/credit-history/entities/CreditRecord';
import { FurnishingBatch } from '../../subgraphs/credit-history/entities/FurnishingBatch';
import { FurnishingChunk } from '../../subgraphs/credit-history/entities/FurnishingChunk';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  dataOf,
  graphql,
  GraphQLResponse,
  idAtPartner,
  partnerId,
  userId,
} from '../support/graphql';
import { eventually } from '../support/webhook-receiver';
import { chunkPath } from '../../shared/furnishing-chunks';
import { INTERNAL_CREDENTIAL_HEADER, signBodyCall } from '../../shared/trust/internal-bodies';
import { internalSecret } from '../../shared/trust/secrets';

const BIKES = 0;
const LENDING = 2;
const TELECOM = 3;

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 20 });
});
afterAll(() => platform.stop());

const FURNISHER = `mutation Mark($id: ID!, $furnisher: Boolean!) { setPartnerFurnisher(id: $id, furnisher: $furnisher) { id furnisher } }`;
const DIRECTORY = `{ partners { id furnisher } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id scopes scopesInPlainWords } }`;

describe('furnishers', () => {
  test('in the demo data the lending and telecom partners furnish records, the others do not', async () => {
    const partners = dataOf<{ id: string; furnisher: boolean }[]>(
      await graphql(platform.gatewayUrl, DIRECTORY),
      'partners',
    );
    const furnishers = partners.filter((p) => p.furnisher).map((p) => p.id);
    expect(furnishers.sort()).toEqual([partnerId(LENDING), partnerId(TELECOM)].sort());
  });

  test('staff with the partners role mark a partner as a furnisher and unmark it; other staff are refused', async () => {
    const marked = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('partners', null),
    );
    expect(dataOf(marked, 'setPartnerFurnisher')).toEqual({ id: partnerId(BIKES), furnisher: true });
    const again = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('partners', null),
    );
    expect(dataOf(again, 'setPartnerFurnisher').furnisher).toBe(true);
    const unmarked = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: false },
      await asStaff('partners', null),
    );
    expect(dataOf(unmarked, 'setPartnerFurnisher').furnisher).toBe(false);

    const support = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('support'),
    );
    expect(codesOf(support)).toEqual(['FORBIDDEN']);
    const unknown = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: '00000000-0000-4000-8000-000000000000', furnisher: true },
      await asStaff('partners', null),
    );
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });

  test('a consumer grants CREDIT_REPORTING like any scope, in plain words', async () => {
    const consent = dataOf(
      await graphql(
        platform.gatewayUrl,
        GRANT,
        {
          input: { partnerId: partnerId(LENDING), scopes: ['CREDIT_REPORTING'], purpose: 'Report your loan payments.' },
        },
        await asUser(4),
      ),
      'grantConsent',
    );
    expect(consent.scopes).toEqual(['CREDIT_REPORTING']);
    expect(consent.scopesInPlainWords[0]).toMatch(/report your accounts and payments/);
  });

  test('records no partner furnished show their source and no furnisher', async () => {
    const records = await graphql(
      platform.gatewayUrl,
      `
        query Records($id: ID!) {
          user(id: $id) {
            creditRecords(first: 5) {
              edges {
                node {
                  source
                  furnisher {
                    id
                  }
                  account {
                    furnisher {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { id: userId(4) },
      await asUser(4),
    );
    const nodes = records.data!.user.creditRecords.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect(node).toEqual({ source: expect.any(String), furnisher: null, account: { furnisher: null } });
  });
});

const REPORT = `mutation Report($input: ReportCreditRecordsInput!) {
  reportCreditRecords(input: $input) { accepted rejected { index code message field } }
}`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A GraphQL POST with extra headers (Idempotency-Key). */
async function post(
  query: string,
  variables: Record<string, unknown>,
  caller: Caller,
  headers: Record<string, string> = {},
) {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
}

/** A record as the furnisher sends it: the consumer by the furnisher's own id for them (UNKNOWN: one that names no one). */
const record = (subject: number | string, overrides: Record<string, unknown> = {}, furnisher = LENDING) => ({
  subjectId: idAtPartner(furnisher, typeof subject === 'number' ? userId(subject) : subject),
  accountReference: 'LOAN-1',
  accountKind: 'CONSUMER_LOAN',
  dueOn: daysAgo(40),
  amountCents: 25_000,
  paidOn: daysAgo(21),
  status: 'LATE',
  ...overrides,
});

async function report(records: unknown[], caller?: Caller, headers: Record<string, string> = {}) {
  return post(REPORT, { input: { records } }, caller ?? (await asPartner(LENDING)), headers);
}

async function allowReporting(subject: number, partner = LENDING) {
  dataOf(
    await graphql(
      platform.gatewayUrl,
      GRANT,
      { input: { partnerId: partnerId(partner), scopes: ['CREDIT_REPORTING'], purpose: 'Report your payments.' } },
      await asUser(subject),
    ),
    'grantConsent',
  );
}

const MY_RECORDS = `{ me { creditFile { creditHistory existingCredits otherInstallmentPlans } creditScore { value }
  creditRecords(first: 100) { edges { node { source status daysLate dueOn furnisher { id } account { provider furnisher { id } } } } } } }`;
const mine = async (subject: number) =>
  dataOf(await graphql(platform.gatewayUrl, MY_RECORDS, {}, await asUser(subject)), 'me');
const furnished = (me: any) =>
  me.creditRecords.edges.map((edge: any) => edge.node).filter((node: any) => node.furnisher !== null);

describe('reportCreditRecords', () => {
  test("a furnisher's records are taken only for consumers who allowed it; an unknown consumer gets the identical answer", async () => {
    await allowReporting(5);
    const answer = dataOf(
      await report([record(5), record(6), record(UNKNOWN), record(5, { dueOn: 'yesterday' })]),
      'reportCreditRecords',
    );
    expect(answer.accepted).toBe(1);
    const [notAllowed, unknown, malformed] = answer.rejected;
    expect(notAllowed).toEqual({ index: 1, code: 'CONSENT_REQUIRED', message: expect.any(String), field: 'subjectId' });
    expect({ ...unknown, index: 1 }).toEqual(notAllowed); // nothing tells a consumer who exists from one who does not
    expect(malformed).toEqual({
      index: 3,
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/dueOn/),
      field: 'dueOn',
    });

    const records = furnished(await mine(5));
    expect(records).toEqual([
      expect.objectContaining({
        source: 'Hanse Kredit',
        status: 'LATE',
        daysLate: 19,
        furnisher: { id: partnerId(LENDING) },
        account: { provider: 'Hanse Kredit', furnisher: { id: partnerId(LENDING) } },
      }),
    ]);
    expect(furnished(await mine(6))).toEqual([]);
  });

  test("the consumer's feed says in words what the furnisher reported", async () => {
    await allowReporting(7);
    dataOf(await report([record(7)]), 'reportCreditRecords');
    const FEED = `{ myNotifications(first: 10) { edges { node { kind message partner { id } } } } }`;
    const line = await eventually(async () => {
      const feed = dataOf(await graphql(platform.gatewayUrl, FEED, {}, await asUser(7)), 'myNotifications');
      return feed.edges.map((edge: any) => edge.node).find((node: any) => node.kind === 'RECORDS_FURNISHED');
    }, 30_000);
    expect(line).toEqual({
      kind: 'RECORDS_FURNISHED',
      message: 'Hanse Kredit reported a payment 19 days late on your consumer loan.',
      partner: { id: partnerId(LENDING) },
    });
    // a late payment not yet paid is said to be unpaid: "33 days late" alone would read as settled
    const unpaid = { accountReference: 'CARD-1', accountKind: 'CREDIT_CARD', dueOn: daysAgo(33), paidOn: null };
    expect(dataOf(await report([record(7, unpaid)]), 'reportCreditRecords').accepted).toBe(1);
    const unpaidLine = await eventually(async () => {
      const feed = dataOf(await graphql(platform.gatewayUrl, FEED, {}, await asUser(7)), 'myNotifications');
      return feed.edges.map((edge: any) => edge.node).find((node: any) => /unpaid/.test(node.message));
    }, 30_000);
    expect(unpaidLine.message).toBe(
      'Hanse Kredit reported a payment 33 days overdue and still unpaid on your credit card.',
    );
  });

  test('a late payment reported changes the derived inputs, and the score follows', async () => {
    const candidates = [8, 9, 10, 11, 12, 13, 14, 15, 16];
    let subject = -1;
    let before: any;
    for (const index of candidates) {
      const me = await mine(index);
      if (
        me.creditFile &&
        me.creditScore &&
        !['PAST_DELAYS', 'CRITICAL_ACCOUNT'].includes(me.creditFile.creditHistory)
      ) {
        subject = index;
        before = me;
        break;
      }
    }
    expect(subject).toBeGreaterThan(0);
    await allowReporting(subject);
    const answer = dataOf(
      await report([record(subject, { accountReference: `LOAN-${subject}` })]),
      'reportCreditRecords',
    );
    expect(answer).toEqual({ accepted: 1, rejected: [] });
    const after = await eventually(async () => {
      const me = await mine(subject);
      return me.creditScore.value !== before.creditScore.value && me;
    }, 60_000);
    expect(after.creditFile.creditHistory).toBe('PAST_DELAYS');
    expect(after.creditFile.existingCredits).toBe(Math.min(4, before.creditFile.existingCredits + 1));
    expect(after.creditFile.otherInstallmentPlans).toBe(
      before.creditFile.otherInstallmentPlans === 'NONE' ? 'BANK' : before.creditFile.otherInstallmentPlans,
    );
  });

  test('an Idempotency-Key replays the first answer and writes nothing; the same key with other records is refused', async () => {
    await allowReporting(17);
    const key = { 'idempotency-key': 'call-17-a' };
    const first = await report(
      [record(17, { accountReference: 'CARD-17', accountKind: 'CREDIT_CARD' }), record(UNKNOWN)],
      undefined,
      key,
    );
    expect(dataOf(first, 'reportCreditRecords').accepted).toBe(1);
    // the record is then corrected by a later call without a key
    const corrected = record(17, {
      accountReference: 'CARD-17',
      accountKind: 'CREDIT_CARD',
      status: 'ON_TIME',
      paidOn: daysAgo(40),
    });
    expect(dataOf(await report([corrected]), 'reportCreditRecords').accepted).toBe(1);
    const replayed = await report(
      [record(17, { accountReference: 'CARD-17', accountKind: 'CREDIT_CARD' }), record(UNKNOWN)],
      undefined,
      key,
    );
    expect(replayed.data).toEqual(first.data);
    expect(furnished(await mine(17)).map((node: any) => node.status)).toEqual(['ON_TIME']); // the replay wrote nothing

    const other = await report([corrected], undefined, key);
    expect(codesOf(other)).toEqual(['IDEMPOTENCY_KEY_REUSED']); // the gateway's rule for every mutation
  });

  test('a date before 1900 or a control character in a reference is refused, naming its field', async () => {
    await allowReporting(2);
    const answer = dataOf(
      await report([
        record(2, { dueOn: '0001-01-01', paidOn: daysAgo(1) }),
        record(2, { dueOn: daysAgo(10), paidOn: '1899-12-31', status: 'ON_TIME' }),
        record(2, { accountReference: 'LOAN\n2' }),
        record(2, { accountReference: 'LOAN\u007f2' }),
      ]),
      'reportCreditRecords',
    );
    expect(answer.accepted).toBe(0);
    expect(answer.rejected.map((rejection: any) => [rejection.index, rejection.code, rejection.field])).toEqual([
      [0, 'BAD_USER_INPUT', 'dueOn'],
      [1, 'BAD_USER_INPUT', 'paidOn'],
      [2, 'BAD_USER_INPUT', 'accountReference'],
      [3, 'BAD_USER_INPUT', 'accountReference'],
    ]);
    expect(answer.rejected[0].message).toBe('dueOn must be a date YYYY-MM-DD from 1900-01-01, not in the future.');
    expect(furnished(await mine(2))).toEqual([]);
  });

  test('concurrent reports of one account all apply, to one account, and concurrent repeats of one key apply once', async () => {
    await allowReporting(18);
    const months = Array.from({ length: 8 }, (_, month) => daysAgo(30 * (month + 2)));
    const answers = await Promise.all(
      months.map((dueOn) =>
        report([record(18, { accountReference: 'LOAN-18', dueOn, paidOn: dueOn, status: 'ON_TIME' })]),
      ),
    );
    for (const answer of answers) expect(dataOf(answer, 'reportCreditRecords')).toEqual({ accepted: 1, rejected: [] });
    const repeats = await Promise.all(
      Array.from({ length: 6 }, () =>
        report([record(18, { accountReference: 'LOAN-18', dueOn: daysAgo(20), paidOn: null })], undefined, {
          'idempotency-key': 'same-18',
        }),
      ),
    );
    for (const repeat of repeats) expect(dataOf(repeat, 'reportCreditRecords')).toEqual({ accepted: 1, rejected: [] });
    const records = furnished(await mine(18));
    expect(records).toHaveLength(9);
    expect(new Set(records.map((node: any) => node.account.provider))).toEqual(new Set(['Hanse Kredit']));
    const ACCOUNTS = `{ me { creditAccounts(first: 50) { edges { node { furnisher { id } } } } } }`;
    const accounts = dataOf(await graphql(platform.gatewayUrl, ACCOUNTS, {}, await asUser(18)), 'me');
    expect(accounts.creditAccounts.edges.filter((edge: any) => edge.node.furnisher)).toHaveLength(1);
  });

  test('a partner that is no furnisher, a suspended furnisher, and a revoked consent: nothing is taken', async () => {
    await allowReporting(19, BIKES);
    expect(codesOf(await report([record(19)], await asPartner(BIKES)))).toEqual(['FORBIDDEN']);

    await allowReporting(19, TELECOM);
    const telecom = await asPartner(TELECOM);
    const SUSPEND = `mutation S($id: ID!) { suspendPartner(id: $id, reason: "Unpaid invoices") { status } }`;
    const REINSTATE = `mutation R($id: ID!) { reinstatePartner(id: $id) { status } }`;
    dataOf(
      await graphql(platform.gatewayUrl, SUSPEND, { id: partnerId(TELECOM) }, await asStaff('partners', null)),
      'suspendPartner',
    );
    expect(codesOf(await report([record(19, { accountReference: 'PHONE-19' }, TELECOM)], telecom))).toEqual([
      'PARTNER_SUSPENDED',
    ]);
    dataOf(
      await graphql(platform.gatewayUrl, REINSTATE, { id: partnerId(TELECOM) }, await asStaff('partners', null)),
      'reinstatePartner',
    );
    expect(
      dataOf(await report([record(19, { accountReference: 'PHONE-19' }, TELECOM)], telecom), 'reportCreditRecords')
        .accepted,
    ).toBe(1);

    const consents = dataOf(
      await graphql(
        platform.gatewayUrl,
        `
          {
            myConsents(first: 100) {
              edges {
                node {
                  id
                  partner {
                    id
                  }
                  scopes
                  status
                }
              }
            }
          }
        `,
        {},
        await asUser(19),
      ),
      'myConsents',
    ).edges.map((edge: { node: unknown }) => edge.node);
    const consent = consents.find(
      (c: any) => c.partner.id === partnerId(TELECOM) && c.scopes.includes('CREDIT_REPORTING'),
    );
    dataOf(
      await graphql(
        platform.gatewayUrl,
        `
          mutation V($id: ID!) {
            revokeConsent(id: $id) {
              status
            }
          }
        `,
        { id: consent.id },
        await asUser(19),
      ),
      'revokeConsent',
    );
    const after = dataOf(
      await report([record(19, { accountReference: 'PHONE-19', dueOn: daysAgo(10), paidOn: null }, TELECOM)], telecom),
      'reportCreditRecords',
    );
    expect(after.accepted).toBe(0);
    expect(after.rejected.map((r: any) => r.code)).toEqual(['CONSENT_REQUIRED']);
    expect(furnished(await mine(19))).toHaveLength(1); // what was furnished stays
  });

  test('each record costs a point of the budget, as an object read does', async () => {
    await allowReporting(20);
    const answer = await report([
      record(20, { accountReference: 'A' }),
      record(20, { accountReference: 'B' }),
      record(UNKNOWN),
    ]);
    const cost = (answer as any).extensions.cost;
    expect(cost.actualQueryCost).toBeGreaterThanOrEqual(3);
    expect(cost.requestedQueryCost).toBeGreaterThanOrEqual(3);
  });
});

const BATCH = `query Batch($id: ID!, $after: String) { furnishingBatch(id: $id) {
  status total processed accepted rejectedCount rejections(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { index code field } } } } }`;

async function upload(body: string, caller: Caller) {
  const response = await fetch(platform.gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${caller.token}` },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('furnishing files', () => {
  test('a file is answered 202 at once, processed in the background, and shows its per-line errors to its furnisher only', async () => {
    await allowReporting(3);
    const lines = [
      ...Array.from({ length: 2500 }, (_, i) =>
        JSON.stringify(
          record(3, {
            accountReference: `BULK-${i % 10}`,
            dueOn: daysAgo((i % 300) + 1),
            status: 'ON_TIME',
            paidOn: daysAgo((i % 300) + 1),
          }),
        ),
      ),
      'not json',
      JSON.stringify(record(UNKNOWN)),
      JSON.stringify(record(3, { amountCents: -5 })),
    ];
    const lending = await asPartner(LENDING);
    const sent = await upload(lines.join('\n') + '\n', lending);
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ id: expect.any(String), status: 'PENDING', total: 2503 });
    const done = await eventually(async () => {
      const batch = dataOf(await graphql(platform.gatewayUrl, BATCH, { id: sent.body.id }, lending), 'furnishingBatch');
      return batch.status === 'COMPLETED' && batch;
    }, 60_000);
    expect(done).toEqual(expect.objectContaining({ total: 2503, processed: 2503, accepted: 2500, rejectedCount: 3 }));
    expect(done.rejections.edges.map((edge: any) => edge.node)).toEqual([
      { index: 2500, code: 'BAD_USER_INPUT', field: 'record' },
      { index: 2501, code: 'CONSENT_REQUIRED', field: 'subjectId' },
    ]);
    const next = dataOf(
      await graphql(
        platform.gatewayUrl,
        BATCH,
        { id: sent.body.id, after: done.rejections.pageInfo.endCursor },
        lending,
      ),
      'furnishingBatch',
    );
    expect(next.rejections.edges.map((edge: any) => edge.node)).toEqual([
      { index: 2502, code: 'BAD_USER_INPUT', field: 'amountCents' },
    ]);
    expect(next.rejections.pageInfo.hasNextPage).toBe(false);

    const other = await graphql(platform.gatewayUrl, BATCH, { id: sent.body.id }, await asPartner(TELECOM));
    expect(codesOf(other)).toEqual(['NOT_FOUND']);
  });

  test('lines up to 10,000 characters, in full chunks, CRLF and non-ASCII text included, are stored and processed as sent', async () => {
    await allowReporting(3);
    const lending = await asPartner(LENDING);
    // furnishers' exports carry fields Credence does not read: a chunk of such lines is 10 MB
    const lines = Array.from({ length: 1000 }, (_, i) => {
      const line = JSON.stringify(
        record(3, {
          accountReference: `LONG-${i % 5}`,
          dueOn: daysAgo(i + 1),
          status: 'ON_TIME',
          paidOn: daysAgo(i + 1),
          note: '',
        }),
      );
      return line.replace('"note":""', `"note":"${'é'.repeat(10_000 - line.length)}"`);
    });
    expect(lines.every((line) => line.length === 10_000)).toBe(true);
    const sent = await upload([...lines, JSON.stringify(record(3, { amountCents: 0 }))].join('\r\n'), lending);
    expect(sent).toEqual({ status: 202, body: { id: expect.any(String), status: 'PENDING', total: 1001 } });
    const done = await eventually(async () => {
      const batch = dataOf(await graphql(platform.gatewayUrl, BATCH, { id: sent.body.id }, lending), 'furnishingBatch');
      return batch.status === 'COMPLETED' && batch;
    }, 60_000);
    expect(done).toEqual(expect.objectContaining({ processed: 1001, accepted: 1000, rejectedCount: 1 }));
    expect(done.rejections.edges.map((edge: any) => edge.node)).toEqual([
      { index: 1000, code: 'BAD_USER_INPUT', field: 'amountCents' },
    ]);
  });

  test('a line over 10,000 characters is refused as soon as it passes them, before the rest of it arrives', async () => {
    const lending = await asPartner(LENDING);
    // a line that never ends: buffered whole, it would hold the answer (and the gateway's memory) forever
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        pulls += 1;
        if (pulls <= 4) controller.enqueue(new TextEncoder().encode('x'.repeat(8_000)));
        else await new Promise(() => undefined);
      },
    });
    const response = await fetch(platform.gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${lending.token}` },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Line 1 is longer than 10000 characters.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  test('a NUL in a line is refused in the words of the file; a compressed file is refused, not read as text', async () => {
    const lending = await asPartner(LENDING);
    const withNul = await upload(`${JSON.stringify(record(3))}\n{"subjectId":"a\u0000"}\n`, lending);
    expect(withNul).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'Line 2 contains the NUL character (U+0000).', extensions: { code: 'BAD_USER_INPUT' } }],
      },
    });
    const gzipped = await fetch(platform.gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-ndjson',
        'content-encoding': 'gzip',
        authorization: `Bearer ${lending.token}`,
      },
      body: gzipSync(JSON.stringify(record(3))),
    });
    expect(gzipped.status).toBe(415);
    expect(((await gzipped.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  test('an empty file, or one refused at its first line, is 400 and leaves no batch behind', async () => {
    const lending = await asPartner(LENDING);
    const batches = () => platform.databases['credit-history'].dataSource.getRepository(FurnishingBatch).count();
    const before = await batches();
    for (const body of ['', 'x'.repeat(10_001), '{"subjectId":"\u0000"}'])
      expect((await upload(body, lending)).status).toBe(400);
    expect(await batches()).toBe(before);
  });

  test('a NUL written as \\u0000 inside a reference is one rejected line, and the file completes', async () => {
    await allowReporting(20);
    const lending = await asPartner(LENDING);
    const line = JSON.stringify(record(20, { accountReference: 'LOAN\u0000-20' }));
    expect(line).toContain('\\u0000');
    const sent = await upload(`${line}\n${JSON.stringify(record(20, { accountReference: 'LOAN-20' }))}\n`, lending);
    expect(sent.status).toBe(202);
    const done = await eventually(async () => {
      const batch = dataOf(await graphql(platform.gatewayUrl, BATCH, { id: sent.body.id }, lending), 'furnishingBatch');
      return batch.status === 'COMPLETED' && batch;
    }, 30_000);
    expect(done).toEqual(expect.objectContaining({ total: 2, processed: 2, accepted: 1, rejectedCount: 1 }));
    expect(done.rejections.edges.map((edge: any) => edge.node)).toEqual([
      { index: 0, code: 'BAD_USER_INPUT', field: 'accountReference' },
    ]);
  });

  test('a file from a partner that is no furnisher, or without a token, is refused before anything is stored', async () => {
    const line = JSON.stringify(record(3));
    expect((await upload(line, await asPartner(BIKES))).status).toBe(403);
    expect((await upload(line, {})).status).toBe(401);
    expect((await upload(line, await asUser(3))).status).toBe(403);
  });
});

describe('erasure', () => {
  test('erasing a consumer removes their furnished accounts and records, and their lines from files not yet processed', async () => {
    await allowReporting(14);
    expect(dataOf(await report([record(14, { accountReference: 'GONE-14' })]), 'reportCreditRecords').accepted).toBe(1);
    // a file still arriving (its chunks are not due yet) names the consumer on one line and another consumer on the next
    const credit = platform.databases['credit-history'].dataSource;
    const batchId = '11111111-1111-4111-8111-111111111111';
    await credit.getRepository(FurnishingBatch).insert({
      id: batchId,
      partnerId: partnerId(LENDING),
      status: 'RECEIVING',
      total: 0,
      processed: 0,
      accepted: 0,
      rejectedCount: 0,
      createdAt: new Date(),
      completedAt: null,
      stoppedReason: null,
    });
    const kept = JSON.stringify(record(13));
    await credit.getRepository(FurnishingChunk).insert({
      id: '22222222-2222-4222-8222-222222222222',
      batchId,
      seq: 0,
      firstIndex: 0,
      lineCount: 2,
      lines: [JSON.stringify(record(14)), kept].join('\n'),
      status: 'PENDING',
      attempts: 0,
      lastError: null,
      lastAttemptAt: null,
      nextAttemptAt: new Date('9999-01-01T00:00:00Z'),
      claimToken: null,
    });

    const consumer = await asUser(14);
    dataOf(
      await graphql(
        platform.gatewayUrl,
        `
          mutation {
            deleteMyAccount {
              requestedAt
            }
          }
        `,
        {},
        consumer,
      ),
      'deleteMyAccount',
    );
    await eventually(async () => {
      const status = await graphql(
        platform.gatewayUrl,
        `
          {
            myErasure {
              completedAt
            }
          }
        `,
        {},
        consumer,
      );
      return status.data?.myErasure?.completedAt;
    }, 30_000);
    expect(await credit.getRepository(CreditRecord).countBy({ userId: userId(14) })).toBe(0);
    expect(await credit.getRepository(CreditAccount).countBy({ userId: userId(14) })).toBe(0);
    const chunk = await credit.getRepository(FurnishingChunk).findOneByOrFail({ batchId });
    expect(chunk.lines).toBe(['{"erased":true}', kept].join('\n'));
  });
});

describe("credit-history's chunk route, which only the gateway may call", () => {
  const nobodysBatch = '00000000-0000-4000-8000-0000000000aa';
  const body = Buffer.from(JSON.stringify(record(3)));
  const put = (path: string, payload: Uint8Array, headers: Record<string, string>) =>
    fetch(platform.subgraphUrls['credit-history'].replace(/\/graphql$/, path), {
      method: 'PUT',
      headers: { 'content-type': 'application/x-ndjson', ...headers },
      body: payload,
    });
  const signed = (path: string, payload: Uint8Array, audience = 'credit-history') =>
    signBodyCall(internalSecret(), {
      issuer: 'gateway',
      audience,
      viewer: { kind: 'partner', partnerId: partnerId(LENDING) },
      method: 'PUT',
      path,
      body: payload,
    });
  const codeOf = async (response: Response) => [
    response.status,
    ((await response.json()) as any).errors[0].extensions.code,
  ];

  test('takes a credential signed for this path and body, once', async () => {
    const path = chunkPath(nobodysBatch, 0);
    const headers = await signed(path, body);
    // let through, and refused by the batch's owner check: there is no such batch
    expect(await codeOf(await put(path, body, headers))).toEqual([404, 'NOT_FOUND']);
    expect(await codeOf(await put(path, body, headers))).toEqual([401, 'UNAUTHENTICATED']); // replayed
  });

  test("refuses none, another chunk's, another body's, another subgraph's", async () => {
    const path = chunkPath(nobodysBatch, 0);
    expect(await codeOf(await put(path, body, {}))).toEqual([401, 'UNAUTHENTICATED']);
    expect(await codeOf(await put(path, body, await signed(chunkPath(nobodysBatch, 1000), body)))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    expect(await codeOf(await put(path, Buffer.from(`${body} `), await signed(path, body)))).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    expect(await codeOf(await put(path, body, await signed(path, body, 'users')))).toEqual([401, 'UNAUTHENTICATED']);
  });

  test('checks the credential before it reads a body: 31 MB unsigned is refused as unsigned, not as too large', async () => {
    const path = chunkPath(nobodysBatch, 0);
    const forged = { [INTERNAL_CREDENTIAL_HEADER]: 'not a credential' };
    expect(await codeOf(await put(path, Buffer.alloc(31_000_000, 0x20), forged))).toEqual([401, 'UNAUTHENTICATED']);
    // a signed body over the largest chunk is too large
    const large = Buffer.alloc(31_000_000, 0x20);
    expect((await put(path, large, await signed(path, large))).status).toBe(413);
  });
});

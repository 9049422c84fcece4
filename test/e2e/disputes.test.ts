import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { Platform } from '../../platform/launcher';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { Dispute } from '../../subgraphs/credit-history/entities/Dispute';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { startTestPlatform } from '../support/platform';
import { eventually } from '../support/webhook-receiver';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  GraphQLResponse,
  nodesOf,
  partnerId,
  userId,
  idAtPartner,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const applicants = loadGermanCredit().slice(0, 60);
// Subjects whose file shows past delays: their LATE records are what they dispute.
const [upheldSubject, rejectedSubject] = applicants
  .filter((a) => a.characteristics.creditHistory === 'PAST_DELAYS')
  .map((a) => a.index);
const DAY_MS = 86_400_000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface RecordView {
  id: string;
  status: string;
  daysLate: number;
  paidOn: string | null;
  dueOn: string;
  disputed: boolean;
  dispute: { id: string; status: string; resolutionNote: string | null } | null;
}

const ME = `{ me {
  creditFile { creditHistory }
  creditRecords(first: 100) { edges { node { id status daysLate paidOn dueOn disputed dispute { id status resolutionNote } } } }
  disputes(first: 100) { edges { node { id status reason details resolutionNote resolvedAt record { id } correction { previousStatus previousDaysLate status daysLate paidOn } } } }
  creditScore { value categories { category points } history { value } }
} }`;

interface DisputeView {
  id: string;
  status: string;
  reason: string;
  details: string;
  resolutionNote: string | null;
  resolvedAt: string | null;
  record: { id: string };
  correction: Record<string, unknown> | null;
}

interface SubjectView {
  creditFile: { creditHistory: string };
  records: RecordView[];
  disputes: DisputeView[];
  creditScore: { value: number; categories: { category: string; points: number }[]; history: { value: number }[] };
  paymentHistory: number;
}

async function subjectView(index: number): Promise<SubjectView> {
  const response = await graphql(platform.gatewayUrl, ME, {}, await asUser(index));
  expect(response.errors).toBeUndefined();
  const { creditFile, creditRecords, disputes, creditScore } = response.data!.me;
  const records: RecordView[] = creditRecords.edges.map((edge: { node: RecordView }) => edge.node);
  const paymentHistory = creditScore.categories.find(
    (c: { category: string }) => c.category === 'PAYMENT_HISTORY',
  ).points;
  return { creditFile, records, disputes: nodesOf(disputes)!, creditScore, paymentHistory };
}

const DISPUTE_FIELDS = `id status reason details filedAt deadline resolvedAt resolutionNote overdue
  correction { previousStatus status daysLate paidOn } record { id status disputed dispute { id status } }`;
const FILE = `mutation File($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { ${DISPUTE_FIELDS} } }`;
const INVESTIGATE = `mutation Investigate($id: ID!) { startDisputeInvestigation(id: $id) { ${DISPUTE_FIELDS} } }`;
const RESOLVE = `mutation Resolve($input: ResolveDisputeInput!) { resolveDispute(input: $input) { ${DISPUTE_FIELDS} } }`;

const file = async (caller: Caller, recordId: string, details = 'I paid this by bank transfer before the due date.') =>
  graphql(platform.gatewayUrl, FILE, { input: { recordId, reason: 'PAID_ON_TIME', details } }, caller);
const investigate = async (caller: Caller, id: string) => graphql(platform.gatewayUrl, INVESTIGATE, { id }, caller);
const resolve = async (caller: Caller, input: Record<string, unknown>) =>
  graphql(platform.gatewayUrl, RESOLVE, { input }, caller);
const dataOf = (response: GraphQLResponse, field: string) => {
  expect(response.errors).toBeUndefined();
  return response.data![field];
};

describe('an upheld dispute, from filing to the corrected score', () => {
  let before: SubjectView;
  let lateRecords: RecordView[];
  let firstDisputeId: string;

  beforeAll(async () => {
    before = await subjectView(upheldSubject); // the score in force before the dispute
    lateRecords = before.records.filter((record) => record.status === 'LATE');
  });

  test('the subject starts with past delays, late records and no disputes', () => {
    expect(before.creditFile.creditHistory).toBe('PAST_DELAYS');
    expect(lateRecords.length).toBeGreaterThan(0);
    expect(before.records.every((record) => !record.disputed && record.dispute === null)).toBe(true);
    expect(before.disputes).toEqual([]);
  });

  test('the subject files a dispute on a late record: it is OPEN, due 30 days after filing, and the record shows it', async () => {
    const dispute = dataOf(
      await file(
        await asUser(upheldSubject),
        lateRecords[0].id,
        '  I paid this by bank transfer before the due date.  ',
      ),
      'disputeCreditRecord',
    );
    expect(dispute).toEqual(
      expect.objectContaining({
        status: 'OPEN',
        reason: 'PAID_ON_TIME',
        details: 'I paid this by bank transfer before the due date.',
        overdue: false,
      }),
    );
    expect(dispute.resolvedAt).toBeNull();
    expect(Date.parse(dispute.deadline) - Date.parse(dispute.filedAt)).toBe(30 * DAY_MS);
    expect(Math.abs(Date.parse(dispute.filedAt) - Date.now())).toBeLessThan(60_000);
    expect(dispute.record).toEqual({
      id: lateRecords[0].id,
      status: 'LATE',
      disputed: true,
      dispute: { id: dispute.id, status: 'OPEN' },
    });
    firstDisputeId = dispute.id;

    const seen = await subjectView(upheldSubject);
    const record = seen.records.find((r) => r.id === lateRecords[0].id)!;
    expect(record).toEqual(
      expect.objectContaining({ disputed: true, dispute: { id: dispute.id, status: 'OPEN', resolutionNote: null } }),
    );
    expect(seen.records.filter((r) => r.disputed)).toHaveLength(1);
    expect(seen.disputes.map((d) => [d.id, d.status])).toEqual([[dispute.id, 'OPEN']]);
  });

  test('a second dispute on the same record is refused while the first is undecided', async () => {
    const response = await file(await asUser(upheldSubject), lateRecords[0].id);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/already has a dispute under way/);
  });

  test('no one but the subject can dispute the record; another consumer is not even told it exists', async () => {
    const recordId = lateRecords[0].id;
    const unknown = await file(await asUser(upheldSubject), UNKNOWN_ID);
    const someoneElse = await file(await asUser(rejectedSubject), recordId);
    expect(codesOf(someoneElse)).toEqual(['NOT_FOUND']);
    expect(someoneElse.errors![0].message).toBe(unknown.errors![0].message.replace(UNKNOWN_ID, recordId));
    expect(codesOf(await file(await asPartner(2), recordId))).toEqual(['FORBIDDEN']);
    expect(codesOf(await file(await asStaff('disputes'), recordId))).toEqual(['FORBIDDEN']);
    expect(codesOf(await file({}, recordId))).toEqual(['UNAUTHENTICATED']);
  });

  test('only disputes or compliance staff can take a dispute up or decide it', async () => {
    const decide = { id: firstDisputeId, outcome: 'UPHELD', note: 'Bank statement shows the transfer on time.' };
    for (const caller of [
      await asStaff('engineer'),
      await asStaff('support'),
      await asPartner(2),
      await asUser(upheldSubject),
    ]) {
      expect(codesOf(await investigate(caller, firstDisputeId))).toEqual(['FORBIDDEN']);
      expect(codesOf(await resolve(caller, decide))).toEqual(['FORBIDDEN']);
    }
    expect(codesOf(await investigate({}, firstDisputeId))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await resolve({}, decide))).toEqual(['UNAUTHENTICATED']);
    expect((await subjectView(upheldSubject)).disputes[0].status).toBe('OPEN');
  });

  test('disputes staff see it in their queue and take it up; taking it up twice is refused', async () => {
    const staff = await asStaff('disputes');
    const queue = await graphql(
      platform.gatewayUrl,
      '{ disputeQueue(first: 100) { edges { node { id status deadline } } } }',
      {},
      staff,
    );
    expect(nodesOf(dataOf(queue, 'disputeQueue'))!.map((d: { id: string }) => d.id)).toContain(firstDisputeId);

    expect(dataOf(await investigate(staff, firstDisputeId), 'startDisputeInvestigation').status).toBe('INVESTIGATING');
    const again = await investigate(staff, firstDisputeId);
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].message).toMatch(/from INVESTIGATING to INVESTIGATING: it is already INVESTIGATING/);
    expect((await subjectView(upheldSubject)).disputes[0].status).toBe('INVESTIGATING');
  });

  test('upheld: the subject sees the outcome, the corrected records, a recomputed history class and a new score', async () => {
    const staff = await asStaff('disputes');
    const note = 'The card issuer confirmed the payments arrived on time; records corrected.';
    const upheld = dataOf(await resolve(staff, { id: firstDisputeId, outcome: 'UPHELD', note }), 'resolveDispute');
    expect(upheld).toEqual(expect.objectContaining({ status: 'UPHELD', resolutionNote: note, overdue: false }));
    expect(upheld.correction).toEqual({
      previousStatus: 'LATE',
      status: 'ON_TIME',
      daysLate: 0,
      paidOn: lateRecords[0].dueOn,
    });
    expect(upheld.record).toEqual({
      id: lateRecords[0].id,
      status: 'ON_TIME',
      disputed: true,
      dispute: { id: firstDisputeId, status: 'UPHELD' },
    });
    // The subject disputes the rest of their late records, decided straight from OPEN.
    for (const record of lateRecords.slice(1)) {
      const { id } = dataOf(await file(await asUser(upheldSubject), record.id), 'disputeCreditRecord');
      expect(dataOf(await resolve(staff, { id, outcome: 'UPHELD', note }), 'resolveDispute').status).toBe('UPHELD');
    }

    // The score follows once the change reaches the scores subgraph (through credit-history's outbox).
    const after = await eventually(async () => {
      const view = await subjectView(upheldSubject);
      return view.creditScore.history.length > before.creditScore.history.length && view;
    }, 60_000);
    for (const late of lateRecords) {
      const record = after.records.find((r) => r.id === late.id)!;
      expect(record).toEqual(
        expect.objectContaining({
          status: 'ON_TIME',
          daysLate: 0,
          paidOn: late.dueOn,
          disputed: true,
          dispute: expect.objectContaining({ status: 'UPHELD', resolutionNote: note }),
        }),
      );
    }
    const untouched = (records: RecordView[]) => records.filter((r) => !lateRecords.some((l) => l.id === r.id));
    expect(untouched(after.records)).toEqual(untouched(before.records));
    expect(after.disputes).toHaveLength(lateRecords.length);
    expect(after.disputes.every((d) => d.status === 'UPHELD' && d.resolvedAt)).toBe(true);
    expect(after.disputes.at(-1)!.correction).toEqual({
      previousStatus: 'LATE',
      previousDaysLate: lateRecords[0].daysLate,
      status: 'ON_TIME',
      daysLate: 0,
      paidOn: lateRecords[0].dueOn,
    });

    // The card is still open and paid duly now: the file's class follows its records.
    expect(after.creditFile.creditHistory).toBe('EXISTING_PAID_DULY');
    const characteristics = applicants[upheldSubject - 1].characteristics;
    const expected = scoreCharacteristics(loadScorecard(), { ...characteristics, creditHistory: 'EXISTING_PAID_DULY' });
    expect(after.creditScore.value).toBe(expected.value);
    expect(after.paymentHistory).toBe(expected.categories.find((c) => c.category === 'PAYMENT_HISTORY')!.points);
    // Winning a dispute never costs points: a better history is never worth less (the domain-monotone scorecard).
    expect(after.creditScore.value).toBeGreaterThanOrEqual(before.creditScore.value);
    expect(after.paymentHistory).toBeGreaterThanOrEqual(before.paymentHistory);
    expect(after.creditScore.history).toHaveLength(before.creditScore.history.length + 1);
    expect(after.creditScore.history[0].value).toBe(after.creditScore.value);
    expect(after.creditScore.history[1].value).toBe(before.creditScore.value);
  });

  test('a decided dispute is final', async () => {
    const staff = await asStaff('compliance');
    const response = await resolve(staff, { id: firstDisputeId, outcome: 'REJECTED', note: 'Second thoughts.' });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/from UPHELD to REJECTED: it was resolved as UPHELD, which is final/);
    expect(codesOf(await investigate(staff, firstDisputeId))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a rejected dispute', () => {
  test('leaves the record, the file and the score as they were, and the subject may file again', async () => {
    const before = await subjectView(rejectedSubject);
    const late = before.records.find((record) => record.status === 'LATE')!;
    const { id } = dataOf(await file(await asUser(rejectedSubject), late.id), 'disputeCreditRecord');
    const note = 'The issuer holds a returned-payment notice for this month.';
    const rejected = dataOf(
      await resolve(await asStaff('compliance'), { id, outcome: 'REJECTED', note }),
      'resolveDispute',
    );
    expect(rejected).toEqual(expect.objectContaining({ status: 'REJECTED', resolutionNote: note, correction: null }));

    const after = await subjectView(rejectedSubject);
    expect(after.records.find((r) => r.id === late.id)).toEqual({
      ...late,
      disputed: true,
      dispute: { id, status: 'REJECTED', resolutionNote: note },
    });
    expect(after.creditFile.creditHistory).toBe('PAST_DELAYS');
    expect(after.creditScore.value).toBe(before.creditScore.value);
    expect(after.creditScore.history).toEqual(before.creditScore.history);

    const again = dataOf(
      await file(await asUser(rejectedSubject), late.id, 'New evidence: my bank confirmation.'),
      'disputeCreditRecord',
    );
    expect(again.record.dispute).toEqual({ id: again.id, status: 'OPEN' });
    expect((await subjectView(rejectedSubject)).disputes.map((d) => d.id)).toEqual([again.id, id]);
  });
});

describe('looking a dispute up', () => {
  const DISPUTE = `query D($id: ID!) { dispute(id: $id) { id status } }`;

  test('its subject and disputes staff can; another consumer gets NOT_FOUND, other staff and partners FORBIDDEN', async () => {
    const subject = applicants.filter((a) => a.characteristics.creditHistory === 'PAST_DELAYS')[2].index;
    const late = (await subjectView(subject)).records.find((record) => record.status === 'LATE')!;
    const { id } = dataOf(await file(await asUser(subject), late.id), 'disputeCreditRecord');
    expect(dataOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, await asUser(subject)), 'dispute')).toEqual({
      id,
      status: 'OPEN',
    });
    expect(dataOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, await asStaff('disputes')), 'dispute')).toEqual({
      id,
      status: 'OPEN',
    });
    expect(codesOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, await asUser(upheldSubject)))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codesOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, await asStaff('engineer')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codesOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, await asPartner(2)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await graphql(platform.gatewayUrl, DISPUTE, { id }, {}))).toEqual(['UNAUTHENTICATED']);
    expect(
      codesOf(await graphql(platform.gatewayUrl, '{ disputeQueue { totalCount } }', {}, await asStaff('support'))),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('a partner with a credit-history consent', () => {
  test("sees that a record is disputed and how it stands, but not the consumer's words or staff's note", async () => {
    const subject = applicants.filter((a) => a.characteristics.creditHistory === 'PAST_DELAYS')[5].index;
    const late = (await subjectView(subject)).records.find((record) => record.status === 'LATE')!;
    const filed = dataOf(
      await file(await asUser(subject), late.id, 'My employer paid late that month; here is the letter.'),
      'disputeCreditRecord',
    );
    const added = await graphql(
      platform.gatewayUrl,
      `
        mutation A($input: AddDisputeInformationInput!) {
          addDisputeInformation(input: $input) {
            id
          }
        }
      `,
      { input: { id: filed.id, information: 'The letter is from my employer’s payroll office.' } },
      await asUser(subject),
    );
    expect(added.errors).toBeUndefined();
    const grant = await graphql(
      platform.gatewayUrl,
      `
        mutation G($input: GrantConsentInput!) {
          grantConsent(input: $input) {
            id
          }
        }
      `,
      { input: { partnerId: partnerId(2), scopes: ['CREDIT_HISTORY'], purpose: 'Loan application' } },
      await asUser(subject),
    );
    expect(grant.errors).toBeUndefined();
    const response = await graphql(
      platform.gatewayUrl,
      `
        query P($id: ID!) {
          user(id: $id) {
            disputes {
              edges {
                node {
                  status
                  details
                  resolutionNote
                  addedInformation {
                    information
                  }
                  record {
                    id
                  }
                }
              }
            }
          }
        }
      `,
      { id: idAtPartner(2, userId(subject)) },
      await asPartner(2),
    );
    const [dispute] = nodesOf(response.data!.user.disputes)!;
    expect(dispute).toEqual({
      status: 'OPEN',
      details: null,
      resolutionNote: null,
      addedInformation: null,
      record: { id: late.id },
    });
    expect(codesOf(response)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(response)).not.toContain('employer');
  });
});

describe('two requests at once', () => {
  const pastDelays = applicants.filter((a) => a.characteristics.creditHistory === 'PAST_DELAYS').map((a) => a.index);

  test('filing the same record twice at once opens one dispute; the other is refused', async () => {
    const subject = pastDelays[3];
    const late = (await subjectView(subject)).records.find((record) => record.status === 'LATE')!;
    const caller = await asUser(subject);
    const responses = await Promise.all([file(caller, late.id), file(caller, late.id), file(caller, late.id)]);
    expect(responses.map(codesOf).sort()).toEqual([[], ['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
    expect((await subjectView(subject)).disputes).toHaveLength(1);

    // However the requests interleave, the store itself holds one undecided dispute per record.
    const disputes = platform.databases['credit-history'].dataSource.getRepository(Dispute);
    const [open] = await disputes.findBy({ recordId: late.id });
    await expect(disputes.insert({ ...open, id: randomUUID(), status: 'INVESTIGATING' })).rejects.toThrow(
      QueryFailedError,
    );
    await expect(disputes.insert({ ...open, id: randomUUID(), status: 'REJECTED' })).resolves.toBeDefined();
  });

  test('deciding the same dispute twice at once keeps one decision; the other is refused', async () => {
    const subject = pastDelays[4];
    const before = await subjectView(subject);
    const late = before.records.find((record) => record.status === 'LATE')!;
    const { id } = dataOf(await file(await asUser(subject), late.id), 'disputeCreditRecord');
    const [upheld, rejected] = await Promise.all([
      resolve(await asStaff('disputes'), { id, outcome: 'UPHELD', note: 'Issuer confirmed the payment date.' }),
      resolve(await asStaff('compliance'), { id, outcome: 'REJECTED', note: 'No proof of payment was supplied.' }),
    ]);
    expect([codesOf(upheld), codesOf(rejected)].sort()).toEqual([[], ['BAD_USER_INPUT']]);
    const winner = codesOf(upheld).length === 0 ? 'UPHELD' : 'REJECTED';
    const after = await subjectView(subject);
    expect(after.disputes.map((d) => d.status)).toEqual([winner]);
    expect(after.records.find((r) => r.id === late.id)!.status).toBe(winner === 'UPHELD' ? 'ON_TIME' : 'LATE');
  });
});

describe('bad input gets clear errors', () => {
  let recordId: string;
  beforeAll(async () => {
    recordId = (await subjectView(1)).records[0].id;
  });

  test.each([
    ['empty details', 'BAD_USER_INPUT', () => ({ recordId, reason: 'OTHER', details: '   ' }), /details/],
    [
      'details over 2000 characters',
      'BAD_USER_INPUT',
      () => ({ recordId, reason: 'OTHER', details: 'x'.repeat(2001) }),
      /2000/,
    ],
    [
      'an unknown record id',
      'NOT_FOUND',
      () => ({ recordId: UNKNOWN_ID, reason: 'OTHER', details: 'not mine' }),
      /Credit record .* was not found/,
    ],
    [
      'a malformed record id',
      'BAD_USER_INPUT',
      () => ({ recordId: "1' OR 1=1", reason: 'OTHER', details: 'not mine' }),
      /not a valid id/,
    ],
    [
      'an unknown reason',
      'BAD_USER_INPUT',
      () => ({ recordId, reason: 'BECAUSE', details: 'not mine' }),
      /DisputeReason/,
    ],
  ])('filing with %s is %s', async (_, code, input, message) => {
    const response = await graphql(platform.gatewayUrl, FILE, { input: input() }, await asUser(1));
    expect(codesOf(response)).toEqual([code]);
    expect(response.errors![0].message).toMatch(message);
    expect(response.data?.disputeCreditRecord ?? null).toBeNull();
  });

  test('deciding with a bad id, a missing note or an impossible correction is refused and changes nothing', async () => {
    const { id } = dataOf(await file(await asUser(1), recordId), 'disputeCreditRecord');
    const staff = await asStaff('disputes');
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'not-an-id', outcome: 'UPHELD', note: 'Checked.' }, 'BAD_USER_INPUT'],
      [{ id: UNKNOWN_ID, outcome: 'UPHELD', note: 'Checked.' }, 'NOT_FOUND'],
      [{ id, outcome: 'UPHELD', note: ' ' }, 'BAD_USER_INPUT'],
      [{ id, outcome: 'REJECTED', note: 'Checked.', correctedStatus: 'ON_TIME' }, 'BAD_USER_INPUT'],
      [{ id, outcome: 'UPHELD', note: 'Checked.', correctedStatus: 'DEFAULTED' }, 'BAD_USER_INPUT'],
      [{ id, outcome: 'UPHELD', note: 'Checked.', correctedPaidOn: '31.12.2025' }, 'BAD_USER_INPUT'],
      [{ id, outcome: 'OPEN', note: 'Checked.' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) expect([input, codesOf(await resolve(staff, input))]).toEqual([input, [code]]);
    expect(codesOf(await investigate(staff, 'not-an-id'))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await investigate(staff, UNKNOWN_ID))).toEqual(['NOT_FOUND']);
    const seen = await subjectView(1);
    expect(seen.disputes.map((d) => [d.id, d.status])).toEqual([[id, 'OPEN']]);
  });
});

describe('batching', () => {
  const RECORDS = `query R($first: Int) { me { creditRecords(first: $first) { edges { node { id disputed dispute { id status reason } } } } } }`;
  const queriesFor = async (first: number) => {
    const start = platform.queryCount();
    const response = await graphql(platform.gatewayUrl, RECORDS, { first }, await asUser(upheldSubject));
    expect(response.errors).toBeUndefined();
    expect(response.data!.me.creditRecords.edges).toHaveLength(first);
    return platform.queryCount() - start;
  };

  test('a page of records with their disputes costs the same number of queries for 2 records as for 25', async () => {
    await queriesFor(2); // warm-up: first reads may record things once
    expect(await queriesFor(25)).toBe(await queriesFor(2));
  });
});

import { In } from 'typeorm';
import { Platform } from '../../platform/launcher';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { DEMO_PARTNERS } from '../../shared/demo/demo-population';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { sweepExpiredDisputes } from '../../subgraphs/credit-history/disputes/dispute-deadlines';
import { CreditRecord } from '../../subgraphs/credit-history/entities/CreditRecord';
import { Dispute } from '../../subgraphs/credit-history/entities/Dispute';
import { FurnishedRecordFacts, furnishRecord } from '../support/furnished-records';
import { startTestPlatform } from '../support/platform';
import { eventually, Receiver } from '../support/webhook-receiver';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  dataOf,
  graphql,
  GraphQLResponse,
  partnerId,
  userId,
  idAtPartner,
} from '../support/graphql';

const BIKES = 0;
const LENDING = 2;
const TELECOM = 3;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 86_400_000;

let platform: Platform;
const receivers: Record<number, Receiver> = { [LENDING]: new Receiver(), [TELECOM]: new Receiver() };

const SET_ENDPOINT = `mutation Set($url: String!) { setWebhookEndpoint(url: $url) { secret } }`;
beforeAll(async () => {
  process.env.CREDENCE_WEBHOOK_POLL_MS = '100';
  process.env.CREDENCE_DISPUTE_NOTICE_POLL_MS = '100';
  process.env.CREDENCE_DISPUTE_SWEEP_MS = '100';
  platform = await startTestPlatform();
  for (const index of [LENDING, TELECOM]) {
    dataOf(
      await graphql(platform.gatewayUrl, SET_ENDPOINT, { url: await receivers[index].start() }, await asPartner(index)),
      'setWebhookEndpoint',
    );
  }
});
afterAll(async () => {
  await platform.stop();
  await Promise.all(Object.values(receivers).map((receiver) => receiver.stop()));
  delete process.env.CREDENCE_WEBHOOK_POLL_MS;
  delete process.env.CREDENCE_DISPUTE_NOTICE_POLL_MS;
  delete process.env.CREDENCE_DISPUTE_SWEEP_MS;
});

const applicants = loadGermanCredit().slice(0, 60);
// Consumers whose file shows existing credits paid duly: one late furnished payment makes it PAST_DELAYS.
const paidDuly = applicants.filter((a) => a.characteristics.creditHistory === 'EXISTING_PAID_DULY').map((a) => a.index);
const expectedScore = (subject: number, creditHistory: string) =>
  scoreCharacteristics(loadScorecard(), {
    ...applicants[subject - 1].characteristics,
    creditHistory,
  } as never).value;

const ME = `{ me {
  creditFile { creditHistory }
  creditRecords(first: 100) { totalCount edges { node { id status } } }
  creditScore { value history { value } }
} }`;
interface MeView {
  creditHistory: string;
  recordIds: string[];
  recordCount: number;
  score: number;
  history: number;
}
async function me(subject: number): Promise<MeView> {
  const view = dataOf(await graphql(platform.gatewayUrl, ME, {}, await asUser(subject)), 'me');
  return {
    creditHistory: view.creditFile.creditHistory,
    recordIds: view.creditRecords.edges.map((edge: { node: { id: string } }) => edge.node.id),
    recordCount: view.creditRecords.totalCount,
    score: view.creditScore.value,
    history: view.creditScore.history.length,
  };
}
/** Polls until scores stored one more score than `before` had: the score followed the file. */
const scoreFollowed = (subject: number, before: MeView) =>
  eventually(async () => {
    const view = await me(subject);
    return view.history > before.history && view;
  }, 60_000);

/** One record `partner` furnishes about the subject, on its account LOAN-<subject> unless told otherwise. */
const furnish = (
  subject: number,
  partner: number,
  facts: Omit<FurnishedRecordFacts, 'subject' | 'furnisherId' | 'furnisherName' | 'accountReference'> & {
    accountReference?: string;
  },
) =>
  furnishRecord(platform, {
    subject: userId(subject),
    furnisherId: DEMO_PARTNERS[partner].id,
    furnisherName: DEMO_PARTNERS[partner].name,
    accountReference: `LOAN-${subject}`,
    ...facts,
  });

/** A late payment `furnisher` reports on the subject's loan, and the score that follows it. */
async function furnishLatePayment(subject: number, furnisher = LENDING) {
  const before = await me(subject);
  expect(before.creditHistory).toBe('EXISTING_PAID_DULY');
  const recordId = await furnish(subject, furnisher, {
    accountReference: `LOAN-${subject}`,
    dueOn: '2026-10-01',
    paidOn: '2026-10-20',
    amountCents: 25_000,
    status: 'LATE',
  });
  const withLate = await scoreFollowed(subject, before);
  expect(withLate.creditHistory).toBe('PAST_DELAYS');
  expect(withLate.score).toBe(expectedScore(subject, 'PAST_DELAYS'));
  expect(withLate.recordIds).toContain(recordId);
  return { recordId, withLate };
}

const FILE = `mutation File($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id status deadline filedAt furnisher { id } } }`;
async function fileDispute(subject: number, recordId: string): Promise<{ id: string; deadline: string }> {
  const input = { recordId, reason: 'PAID_ON_TIME', details: 'I paid on time; the bank booked it late.' };
  return dataOf(await graphql(platform.gatewayUrl, FILE, { input }, await asUser(subject)), 'disputeCreditRecord');
}

const DISPUTE_FIELDS = `id status details resolutionNote deadline resolvedAt furnisher { id }
  correction { previousStatus previousPaidOn previousAmountCents status daysLate paidOn amountCents }
  record { id status paidOn amountCents suppressedAt account { furnisher { id } } }`;
const MINE = `query Mine($status: DisputeStatus, $first: Int, $after: String) {
  disputesOfMyRecords(status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${DISPUTE_FIELDS} } }
  }
}`;
const ANSWER = `mutation Answer($input: AnswerDisputeInput!) { answerDispute(input: $input) { ${DISPUTE_FIELDS} } }`;
const answer = async (caller: Caller, input: Record<string, unknown>) =>
  graphql(platform.gatewayUrl, ANSWER, { input }, caller);
const mine = async (partner: number, variables: Record<string, unknown> = {}) =>
  graphql(platform.gatewayUrl, MINE, { first: 100, ...variables }, await asPartner(partner));
const mineIds = async (partner: number, status?: string) =>
  dataOf(await mine(partner, { status }), 'disputesOfMyRecords').edges.map((e: { node: { id: string } }) => e.node.id);

const webhooks = (partner: number, type: string, disputeId: string) =>
  receivers[partner].events(type).filter((r) => r.event.data.disputeId === disputeId);

const FEED = `{ myNotifications(first: 50) { edges { node { kind message disputeId partner { name } } } } }`;
async function feedFor(subject: number, disputeId: string): Promise<string[]> {
  const feed = dataOf(await graphql(platform.gatewayUrl, FEED, {}, await asUser(subject)), 'myNotifications');
  return feed.edges
    .map((edge: { node: { disputeId: string | null; message: string } }) => edge.node)
    .filter((node: { disputeId: string | null }) => node.disputeId === disputeId)
    .map((node: { message: string }) => node.message)
    .reverse();
}
const feedOf = (subject: number, disputeId: string, lines: number) =>
  eventually(async () => {
    const messages = await feedFor(subject, disputeId);
    return messages.length >= lines && messages;
  });

describe('a dispute of a furnished record reaches its furnisher', () => {
  const subject = paidDuly[0];
  let recordId: string;
  let disputeId: string;

  beforeAll(async () => {
    ({ recordId } = await furnishLatePayment(subject));
    disputeId = (await fileDispute(subject, recordId)).id;
  });

  test('the furnisher sees it in disputesOfMyRecords, with the consumer’s words, and gets dispute.opened', async () => {
    const page = dataOf(await mine(LENDING, { status: 'OPEN' }), 'disputesOfMyRecords');
    const node = page.edges.find((edge: { node: { id: string } }) => edge.node.id === disputeId).node;
    expect(node).toEqual(
      expect.objectContaining({
        status: 'OPEN',
        details: 'I paid on time; the bank booked it late.',
        furnisher: { id: DEMO_PARTNERS[LENDING].id },
        record: expect.objectContaining({ id: recordId, status: 'LATE', suppressedAt: null }),
      }),
    );
    const [opened] = await eventually(
      () => webhooks(LENDING, 'dispute.opened', disputeId).length > 0 && webhooks(LENDING, 'dispute.opened', disputeId),
    );
    expect(opened.event).toEqual({
      type: 'dispute.opened',
      timestamp: expect.any(String),
      data: {
        disputeId,
        subjectId: idAtPartner(LENDING, userId(subject)), // the furnisher reads its own id for the consumer
        status: 'OPEN',
        recordId,
        accountReference: `LOAN-${subject}`,
        dueOn: '2026-10-01',
        reason: 'PAID_ON_TIME',
        deadline: node.deadline,
      },
    });
    // the webhook carries no consumer's words: those stay in rows an erasure deletes
    expect(opened.body).not.toContain('booked it late');
    expect(await feedOf(subject, disputeId, 1)).toEqual([
      `We sent your dispute of a record Hanse Kredit reported to them: they must answer by ${node.deadline.slice(0, 10)}, or the record leaves your file.`,
    ]);
  });

  test('staff do not queue it and cannot decide it: it is the furnisher’s to answer', async () => {
    const staff = await asStaff('disputes');
    const queue = dataOf(
      await graphql(platform.gatewayUrl, '{ disputeQueue(first: 100) { edges { node { id } } } }', {}, staff),
      'disputeQueue',
    );
    expect(queue.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(disputeId);
    const resolve = await graphql(
      platform.gatewayUrl,
      `
        mutation R($input: ResolveDisputeInput!) {
          resolveDispute(input: $input) {
            id
          }
        }
      `,
      { input: { id: disputeId, outcome: 'UPHELD', note: 'Staff think so.' } },
      staff,
    );
    expect(codesOf(resolve)).toEqual(['BAD_USER_INPUT']);
    expect(resolve.errors![0].message).toMatch(/its furnisher answers it \(answerDispute\)/);
    const investigate = await graphql(
      platform.gatewayUrl,
      `
        mutation I($id: ID!) {
          startDisputeInvestigation(id: $id) {
            id
          }
        }
      `,
      { id: disputeId },
      staff,
    );
    expect(codesOf(investigate)).toEqual(['BAD_USER_INPUT']);
  });

  test('another partner, furnisher or not, finds nothing: the same NOT_FOUND as an unknown id', async () => {
    for (const partner of [TELECOM, BIKES]) {
      expect(await mineIds(partner)).not.toContain(disputeId);
      const theirs = await answer(await asPartner(partner), {
        id: disputeId,
        outcome: 'VERIFIED',
        note: 'Checked our books.',
      });
      const unknown = await answer(await asPartner(partner), {
        id: UNKNOWN_ID,
        outcome: 'VERIFIED',
        note: 'Checked our books.',
      });
      expect(codesOf(theirs)).toEqual(['NOT_FOUND']);
      expect(theirs.errors![0].message).toBe(unknown.errors![0].message.replace(UNKNOWN_ID, disputeId));
    }
    // nor does the record's furnisher with an id it never saw
    expect(
      codesOf(await answer(await asPartner(LENDING), { id: UNKNOWN_ID, outcome: 'VERIFIED', note: 'Checked.' })),
    ).toEqual(['NOT_FOUND']);
    // consumers, staff and anonymous callers do not answer disputes
    const input = { id: disputeId, outcome: 'VERIFIED', note: 'Checked our books.' };
    expect(codesOf(await answer(await asUser(subject), input))).toEqual(['FORBIDDEN']);
    expect(codesOf(await answer(await asStaff('disputes'), input))).toEqual(['FORBIDDEN']);
    expect(codesOf(await answer({}, input))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await graphql(platform.gatewayUrl, MINE, {}, await asUser(subject)))).toEqual(['FORBIDDEN']);
    // the furnisher reads its disputes through its own list, and dispute(id) says so
    const byId = await graphql(
      platform.gatewayUrl,
      `
        query ($id: ID!) {
          dispute(id: $id) {
            id
          }
        }
      `,
      { id: disputeId },
      await asPartner(LENDING),
    );
    expect(codesOf(byId)).toEqual(['FORBIDDEN']);
    expect(byId.errors![0].message).toMatch(/disputesOfMyRecords/);
    expect((await mineIds(LENDING, 'OPEN')).includes(disputeId)).toBe(true);
  });

  test('bad answers get coded errors and change nothing', async () => {
    const furnisher = await asPartner(LENDING);
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ id: 'not-an-id', outcome: 'VERIFIED', note: 'Checked.' }, 'BAD_USER_INPUT', null],
      [{ id: disputeId, outcome: 'VERIFIED', note: ' x ' }, 'BAD_USER_INPUT', 'note'],
      [{ id: disputeId, outcome: 'UPHELD', note: 'Checked.' }, 'BAD_USER_INPUT', null],
      [
        { id: disputeId, outcome: 'VERIFIED', note: 'Checked.', corrected: { status: 'ON_TIME' } },
        'BAD_USER_INPUT',
        'corrected',
      ],
      [{ id: disputeId, outcome: 'CORRECTED', note: 'Checked.' }, 'BAD_USER_INPUT', 'corrected'],
      [
        { id: disputeId, outcome: 'CORRECTED', note: 'Checked.', corrected: { status: 'DEFAULTED' } },
        'BAD_USER_INPUT',
        'corrected.status',
      ],
      [
        { id: disputeId, outcome: 'CORRECTED', note: 'Checked.', corrected: { paidOn: '01.10.2026' } },
        'BAD_USER_INPUT',
        'corrected.paidOn',
      ],
      [
        { id: disputeId, outcome: 'CORRECTED', note: 'Checked.', corrected: { amountCents: -5 } },
        'BAD_USER_INPUT',
        'corrected.amountCents',
      ],
      [
        { id: disputeId, outcome: 'CORRECTED', note: 'Checked.', corrected: { status: 'LATE', paidOn: '2026-10-20' } },
        'BAD_USER_INPUT',
        'corrected',
      ],
    ];
    for (const [input, code, argument] of cases) {
      const response = await answer(furnisher, input);
      expect([input, codesOf(response)]).toEqual([input, [code]]);
      if (argument) expect(response.errors![0].extensions!.argument).toBe(argument);
    }
    const pages = await graphql(platform.gatewayUrl, MINE, { first: 0 }, furnisher);
    expect(codesOf(pages)).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await graphql(platform.gatewayUrl, MINE, { after: 'nonsense' }, furnisher))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codesOf(await graphql(platform.gatewayUrl, MINE, { status: 'WHATEVER' }, furnisher))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await mineIds(LENDING, 'OPEN')).toContain(disputeId);
  });

  test('VERIFIED keeps the record and the score, closes the dispute, and the consumer reads why', async () => {
    const before = await me(subject);
    const note = 'Our ledger shows the transfer arriving on 20 October.';
    const verified = dataOf(
      await answer(await asPartner(LENDING), { id: disputeId, outcome: 'VERIFIED', note }),
      'answerDispute',
    );
    expect(verified).toEqual(expect.objectContaining({ status: 'VERIFIED', resolutionNote: note, correction: null }));
    expect(verified.record).toEqual(expect.objectContaining({ id: recordId, status: 'LATE', suppressedAt: null }));
    expect(await feedOf(subject, disputeId, 2)).toEqual([
      expect.stringContaining('We sent your dispute'),
      'Hanse Kredit checked the record you disputed and says it is correct: it stays on your file (their note says why).',
    ]);
    const after = await me(subject);
    expect(after).toEqual(before);
    expect(await mineIds(LENDING, 'OPEN')).not.toContain(disputeId);
    expect(await mineIds(LENDING, 'VERIFIED')).toContain(disputeId);
    // answered once: a second answer is refused from the status the first left
    const again = await answer(await asPartner(LENDING), {
      id: disputeId,
      outcome: 'DELETED',
      note: 'Second thoughts.',
    });
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].message).toMatch(/resolved as VERIFIED, which is final/);
  });
});

describe('answers that change the record: the score follows', () => {
  test('CORRECTED writes the corrected fields, and the file and score follow', async () => {
    const subject = paidDuly[1];
    const { recordId, withLate } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const corrected = { status: 'ON_TIME', paidOn: '2026-09-30', amountCents: 24_000 };
    const note = 'The payment arrived a day early; we booked it late by mistake.';
    const answered = dataOf(
      await answer(await asPartner(LENDING), { id, outcome: 'CORRECTED', note, corrected }),
      'answerDispute',
    );
    expect(answered.status).toBe('CORRECTED');
    expect(answered.correction).toEqual({
      previousStatus: 'LATE',
      previousPaidOn: '2026-10-20',
      previousAmountCents: 25_000,
      status: 'ON_TIME',
      daysLate: 0,
      paidOn: '2026-09-30',
      amountCents: 24_000,
    });
    expect(answered.record).toEqual(
      expect.objectContaining({ status: 'ON_TIME', paidOn: '2026-09-30', amountCents: 24_000, suppressedAt: null }),
    );
    const after = await scoreFollowed(subject, withLate);
    expect(after.creditHistory).toBe('EXISTING_PAID_DULY');
    expect(after.score).toBe(expectedScore(subject, 'EXISTING_PAID_DULY'));
    expect(after.history).toBe(withLate.history + 1);
    expect(after.recordIds).toContain(recordId);
    expect((await feedOf(subject, id, 2))[1]).toBe('Hanse Kredit corrected the record you disputed.');
  });

  test('DELETED takes the record off the file: in no list, never scored; its dispute still shows it', async () => {
    const subject = paidDuly[2];
    const { recordId, withLate } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const note = 'This loan was never this consumer’s: a mix-up of two customers.';
    const answered = dataOf(await answer(await asPartner(LENDING), { id, outcome: 'DELETED', note }), 'answerDispute');
    expect(answered.status).toBe('DELETED');
    expect(answered.record.suppressedAt).toEqual(expect.any(String));
    const after = await scoreFollowed(subject, withLate);
    expect(after.creditHistory).toBe('EXISTING_PAID_DULY');
    expect(after.score).toBe(expectedScore(subject, 'EXISTING_PAID_DULY'));
    expect(after.recordIds).not.toContain(recordId);
    expect(after.recordCount).toBe(withLate.recordCount - 1);
    expect((await feedOf(subject, id, 2))[1]).toBe(
      'Hanse Kredit deleted the record you disputed: it is no longer on your file and no longer counts.',
    );
    // what is off the file cannot be disputed again
    const refiled = await graphql(
      platform.gatewayUrl,
      FILE,
      { input: { recordId, reason: 'OTHER', details: 'Again.' } },
      await asUser(subject),
    );
    expect(codesOf(refiled)).toEqual(['BAD_USER_INPUT']);

    // the consumer's export keeps every step: the dispute's outcome, the record's removal and the feed lines
    const exported = dataOf(
      await graphql(platform.gatewayUrl, '{ exportMyData { creditHistory notifications } }', {}, await asUser(subject)),
      'exportMyData',
    );
    expect(exported.creditHistory.disputes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id,
          status: 'DELETED',
          resolutionNote: note,
          furnisherId: DEMO_PARTNERS[LENDING].id,
        }),
      ]),
    );
    expect(exported.creditHistory.records.find((r: { id: string }) => r.id === recordId).suppressedAt).toEqual(
      expect.any(String),
    );
    const lines = exported.notifications.filter((n: { disputeId: string }) => n.disputeId === id);
    expect(lines.map((n: { message: string }) => n.message).sort()).toEqual(
      [
        expect.stringContaining('We sent your dispute of a record Hanse Kredit reported'),
        'Hanse Kredit deleted the record you disputed: it is no longer on your file and no longer counts.',
      ].sort(),
    );
  });
});

describe('a dispute left unanswered past its deadline', () => {
  test('expires: the record leaves the file, the score follows, consumer and furnisher are told once', async () => {
    const subject = paidDuly[3];
    const { recordId, withLate } = await furnishLatePayment(subject, TELECOM);
    const { id, deadline } = await fileDispute(subject, recordId);
    expect(Date.parse(deadline) - Date.now()).toBeGreaterThan(29 * DAY_MS);
    await eventually(() => webhooks(TELECOM, 'dispute.opened', id).length > 0);
    // The deadline passes: the clock is the dispute's own deadline, moved into the past.
    const disputes = platform.databases['credit-history'].dataSource.getRepository(Dispute);
    await disputes.update({ id }, { deadline: new Date(Date.now() - 1000) });

    const [expired] = await eventually(
      () => webhooks(TELECOM, 'dispute.expired', id).length > 0 && webhooks(TELECOM, 'dispute.expired', id),
      30_000,
    );
    expect(expired.event.data).toEqual(
      expect.objectContaining({
        disputeId: id,
        subjectId: idAtPartner(TELECOM, userId(subject)),
        status: 'EXPIRED',
        recordId,
        accountReference: `LOAN-${subject}`,
      }),
    );
    const after = await scoreFollowed(subject, withLate);
    expect(after.creditHistory).toBe('EXISTING_PAID_DULY');
    expect(after.score).toBe(expectedScore(subject, 'EXISTING_PAID_DULY'));
    expect(after.recordIds).not.toContain(recordId);
    expect((await feedOf(subject, id, 2))[1]).toBe(
      'Elbe Mobil did not answer your dispute by its deadline: the record was removed from your file and no longer counts.',
    );
    const page = dataOf(await mine(TELECOM, { status: 'EXPIRED' }), 'disputesOfMyRecords');
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    // too late to answer now; and however many sweeps run (every 100 ms, on every replica), it expired once
    const late = await answer(await asPartner(TELECOM), { id, outcome: 'VERIFIED', note: 'We were on holiday.' });
    expect(codesOf(late)).toEqual(['BAD_USER_INPUT']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(webhooks(TELECOM, 'dispute.expired', id)).toHaveLength(1);
    expect(await feedFor(subject, id)).toHaveLength(2);
    expect((await me(subject)).history).toBe(after.history);
  });
});

describe('sweeps racing each other, as replicas do', () => {
  test('expire each overdue dispute once: one status change, one webhook, one feed line each', async () => {
    const subject = paidDuly[7];
    const ids: string[] = [];
    for (const dueOn of ['2026-03-01', '2026-04-01', '2026-05-01']) {
      const recordId = await furnish(subject, TELECOM, {
        accountReference: `PHONE-${subject}`,
        accountKind: 'UTILITY',
        dueOn,
        paidOn: dueOn,
        amountCents: 2_500,
        status: 'ON_TIME',
      });
      ids.push((await fileDispute(subject, recordId)).id);
    }
    const database = platform.databases['credit-history'];
    await database.dataSource.getRepository(Dispute).update({ id: In(ids) }, { deadline: new Date(Date.now() - 1000) });
    const counts = await Promise.all([1, 2, 3, 4].map(() => sweepExpiredDisputes(database)));
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ids.length); // the background sweep may take some
    await eventually(() => ids.every((id) => webhooks(TELECOM, 'dispute.expired', id).length > 0), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const id of ids) {
      expect(webhooks(TELECOM, 'dispute.expired', id)).toHaveLength(1);
      expect(await feedFor(subject, id)).toHaveLength(2);
    }
    const stored = await database.dataSource.getRepository(Dispute).findBy({ id: In(ids) });
    expect(stored.map((dispute) => dispute.status)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
  });
});

describe('two answers at once', () => {
  test('exactly one answer of a dispute wins; the others are refused and change nothing', async () => {
    const subject = paidDuly[4];
    const { recordId } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const furnisher = await asPartner(LENDING);
    const note = 'Checked against the ledger.';
    const responses = await Promise.all([
      answer(furnisher, { id, outcome: 'VERIFIED', note }),
      answer(furnisher, { id, outcome: 'CORRECTED', note, corrected: { status: 'ON_TIME' } }),
      answer(furnisher, { id, outcome: 'DELETED', note }),
      answer(furnisher, { id, outcome: 'VERIFIED', note }),
    ]);
    const winners = responses.filter((response) => codesOf(response).length === 0);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => codesOf(response)[0] === 'BAD_USER_INPUT')).toHaveLength(3);
    const winner = winners[0].data!.answerDispute;
    const stored = await platform.databases['credit-history'].dataSource.getRepository(Dispute).findOneByOrFail({ id });
    expect(stored.status).toBe(winner.status);
    const view = await me(subject);
    expect(view.recordIds.includes(recordId)).toBe(winner.status !== 'DELETED');
    // one feed line for the opening, one for the answer that won
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await feedOf(subject, id, 2)).toHaveLength(2);
  });
});

describe('a furnisher’s list', () => {
  test('pages by cursor, newest filed first, with a total; a status narrows it', async () => {
    const subject = paidDuly[5];
    const ids: string[] = [];
    for (const [i, dueOn] of ['2026-07-01', '2026-08-01', '2026-09-01'].entries()) {
      const recordId = await furnish(subject, TELECOM, {
        accountReference: `PHONE-${subject}`,
        accountKind: 'UTILITY',
        dueOn,
        paidOn: dueOn,
        amountCents: 3_000 + i,
        status: 'ON_TIME',
      });
      ids.unshift((await fileDispute(subject, recordId)).id);
    }
    const all: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      } = dataOf(await mine(TELECOM, { first: 2, after, status: 'OPEN' }), 'disputesOfMyRecords');
      total = page.totalCount;
      all.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all.length).toBe(total);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => ids.includes(id))).toEqual(ids); // newest first
    expect(await mineIds(TELECOM, 'VERIFIED')).toEqual(expect.not.arrayContaining(ids));
    expect(await mineIds(LENDING)).toEqual(expect.not.arrayContaining(ids));
  });

  test('costs the same number of queries for 2 disputes as for 20', async () => {
    const queriesFor = async (first: number) => {
      const start = platform.queryCount();
      const response: GraphQLResponse = await mine(TELECOM, { first });
      expect(response.errors).toBeUndefined();
      return platform.queryCount() - start;
    };
    await queriesFor(2);
    expect(await queriesFor(20)).toBe(await queriesFor(2));
  });
});

describe('a suspended furnisher', () => {
  const SUSPEND = `mutation S($id: ID!) { suspendPartner(id: $id, reason: "Complaint 17: inaccurate reports") { status } }`;
  const REINSTATE = `mutation R($id: ID!) { reinstatePartner(id: $id) { status } }`;

  test('cannot see or answer its disputes until reinstated; the dispute stays open meanwhile', async () => {
    const subject = paidDuly[6];
    const recordId = await furnish(subject, TELECOM, {
      accountReference: `PHONE-${subject}`,
      accountKind: 'UTILITY',
      dueOn: '2026-06-01',
      paidOn: '2026-06-15',
      amountCents: 4_500,
      status: 'LATE',
    });
    const { id } = await fileDispute(subject, recordId);
    const staff = await asStaff('partners');
    const telecom = DEMO_PARTNERS[TELECOM].id;
    expect(dataOf(await graphql(platform.gatewayUrl, SUSPEND, { id: telecom }, staff), 'suspendPartner').status).toBe(
      'SUSPENDED',
    );
    try {
      const refused = await answer(await asPartner(TELECOM), { id, outcome: 'VERIFIED', note: 'Checked our books.' });
      expect(codesOf(refused)).toEqual(['PARTNER_SUSPENDED']);
      expect(codesOf(await mine(TELECOM))).toEqual(['PARTNER_SUSPENDED']);
      const stored = await platform.databases['credit-history'].dataSource
        .getRepository(Dispute)
        .findOneByOrFail({ id });
      expect(stored.status).toBe('OPEN');
    } finally {
      dataOf(await graphql(platform.gatewayUrl, REINSTATE, { id: telecom }, staff), 'reinstatePartner');
    }
    const verified = await answer(await asPartner(TELECOM), { id, outcome: 'VERIFIED', note: 'Checked our books.' });
    expect(dataOf(verified, 'answerDispute').status).toBe('VERIFIED');
  });
});

const ADD = `mutation Add($input: AddDisputeInformationInput!) {
  addDisputeInformation(input: $input) {
    id status filedAt deadline deadlineExtendedAt overdue addedInformation { information addedAt extendedDeadline }
  }
}`;
const addInformation = async (caller: Caller, id: string, information: string) =>
  graphql(platform.gatewayUrl, ADD, { input: { id, information } }, caller);
const disputes = () => platform.databases['credit-history'].dataSource.getRepository(Dispute);
/** Moves a dispute's filing (and its 30-day deadline) `days` into the past: the clock is the dispute's own. */
async function filedDaysAgo(id: string, days: number) {
  const filedAt = new Date(Date.now() - days * DAY_MS);
  await disputes().update({ id }, { filedAt, deadline: new Date(filedAt.getTime() + 30 * DAY_MS) });
  return filedAt;
}
const after45 = (filedAt: Date | string) => new Date(new Date(filedAt).getTime() + 45 * DAY_MS).toISOString();

describe('the consumer adds information to an undecided dispute (FCRA §611: 45 days instead of 30)', () => {
  test('the first addition within 30 days extends the deadline once; the furnisher sees it, by list and webhook; the feed and export say so', async () => {
    const subject = paidDuly[8];
    const { recordId } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const filedAt = await filedDaysAgo(id, 10);
    const consumer = await asUser(subject);

    const first = dataOf(
      await addInformation(consumer, id, 'My bank statement shows the transfer left on 30 September.'),
      'addDisputeInformation',
    );
    expect(first.deadline).toBe(after45(filedAt));
    expect(first.deadlineExtendedAt).toEqual(expect.any(String));
    expect(first.addedInformation).toEqual([
      {
        information: 'My bank statement shows the transfer left on 30 September.',
        addedAt: first.deadlineExtendedAt,
        extendedDeadline: true,
      },
    ]);
    // a second addition is recorded and sent on, but extends nothing more
    const second = dataOf(
      await addInformation(consumer, id, '  The reference on the transfer was LOAN-42.  '),
      'addDisputeInformation',
    );
    expect(second.deadline).toBe(first.deadline);
    expect(second.deadlineExtendedAt).toBe(first.deadlineExtendedAt);
    expect(second.addedInformation[1]).toEqual(
      expect.objectContaining({ information: 'The reference on the transfer was LOAN-42.', extendedDeadline: false }),
    );

    // the furnisher reads both additions and the new deadline in its list
    const page = dataOf(await mine(LENDING, { status: 'OPEN' }), 'disputesOfMyRecords');
    const node = page.edges.find((edge: { node: { id: string } }) => edge.node.id === id).node;
    expect(node.deadline).toBe(first.deadline);
    const listed = dataOf(
      await graphql(
        platform.gatewayUrl,
        `
          {
            disputesOfMyRecords(status: OPEN, first: 100) {
              edges {
                node {
                  id
                  deadlineExtendedAt
                  addedInformation {
                    information
                    extendedDeadline
                  }
                }
              }
            }
          }
        `,
        {},
        await asPartner(LENDING),
      ),
      'disputesOfMyRecords',
    ).edges.find((edge: { node: { id: string } }) => edge.node.id === id).node;
    expect(listed.addedInformation.map((a: { information: string }) => a.information)).toEqual([
      'My bank statement shows the transfer left on 30 September.',
      'The reference on the transfer was LOAN-42.',
    ]);
    // one webhook per addition, with the deadline; never the consumer's words
    const added = await eventually(
      () =>
        webhooks(LENDING, 'dispute.information_added', id).length >= 2 &&
        webhooks(LENDING, 'dispute.information_added', id),
    );
    // delivery order is not promised: the extending one first
    const extendedFirst = added
      .map((r) => r.event.data)
      .sort((a, b) => Number(b.deadlineExtended) - Number(a.deadlineExtended));
    expect(extendedFirst).toEqual([
      expect.objectContaining({
        disputeId: id,
        subjectId: idAtPartner(LENDING, userId(subject)),
        status: 'OPEN',
        recordId,
        accountReference: `LOAN-${subject}`,
        deadline: first.deadline,
        deadlineExtended: true,
      }),
      expect.objectContaining({ deadline: first.deadline, deadlineExtended: false }),
    ]);
    for (const { body } of added) expect(body).not.toContain('LOAN-42.');
    const day = first.deadline.slice(0, 10);
    expect((await feedOf(subject, id, 3)).slice(1)).toEqual([
      `You added information to your dispute of a record Hanse Kredit reported: we sent it to them, and they now have until ${day} to answer.`,
      `You added information to your dispute of a record Hanse Kredit reported: we sent it to them; they must still answer by ${day}.`,
    ]);
    const exported = dataOf(
      await graphql(platform.gatewayUrl, '{ exportMyData { creditHistory } }', {}, consumer),
      'exportMyData',
    );
    expect(exported.creditHistory.disputes.find((d: { id: string }) => d.id === id)).toEqual(
      expect.objectContaining({
        deadlineExtendedAt: first.deadlineExtendedAt,
        addedInformation: [
          expect.objectContaining({ extendedDeadline: true }),
          expect.objectContaining({ extendedDeadline: false }),
        ],
      }),
    );
  });

  test('the deadline sweep honours the extended deadline: past 30 days the dispute stays open, past 45 it expires', async () => {
    const subject = paidDuly[9];
    const { recordId } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const filedAt = await filedDaysAgo(id, 20);
    dataOf(await addInformation(await asUser(subject), id, 'A receipt from my bank.'), 'addDisputeInformation');
    const database = platform.databases['credit-history'];
    await sweepExpiredDisputes(database, new Date(filedAt.getTime() + 31 * DAY_MS));
    expect((await disputes().findOneByOrFail({ id })).status).toBe('OPEN');
    await sweepExpiredDisputes(database, new Date(filedAt.getTime() + 45 * DAY_MS + 1000));
    expect((await disputes().findOneByOrFail({ id })).status).toBe('EXPIRED');
    const [expired] = await eventually(
      () => webhooks(LENDING, 'dispute.expired', id).length > 0 && webhooks(LENDING, 'dispute.expired', id),
    );
    expect(expired.event.data.deadline).toBe(after45(filedAt));
  });

  test('after the first 30 days an addition is recorded but extends nothing; a staff-decided dispute takes additions too', async () => {
    const subject = paidDuly[10];
    const consumer = await asUser(subject);
    const demo = dataOf(
      await graphql(
        platform.gatewayUrl,
        '{ me { creditRecords(first: 20) { edges { node { id furnisher { id } } } } } }',
        {},
        consumer,
      ),
      'me',
    ).creditRecords.edges.map((edge: { node: { id: string; furnisher: unknown } }) => edge.node);
    const [late, early] = demo.filter((record: { furnisher: unknown }) => record.furnisher === null);
    // within 30 days: staff's deadline moves to 45 days, and their queue shows it
    const within = await fileDispute(subject, early.id);
    const filedAt = await filedDaysAgo(within.id, 5);
    const extended = dataOf(
      await addInformation(consumer, within.id, 'The utility confirmed in writing.'),
      'addDisputeInformation',
    );
    expect(extended.deadline).toBe(after45(filedAt));
    const staffView = dataOf(
      await graphql(
        platform.gatewayUrl,
        'query D($id: ID!) { dispute(id: $id) { deadline addedInformation { information } } }',
        { id: within.id },
        await asStaff('disputes'),
      ),
      'dispute',
    );
    expect(staffView).toEqual({
      deadline: extended.deadline,
      addedInformation: [{ information: 'The utility confirmed in writing.' }],
    });
    // past 30 days (the staff case is overdue): recorded, still overdue, deadline unchanged
    const overdue = await fileDispute(subject, late.id);
    const oldFiling = await filedDaysAgo(overdue.id, 31);
    const recorded = dataOf(
      await addInformation(consumer, overdue.id, 'I found the receipt only now.'),
      'addDisputeInformation',
    );
    expect(recorded).toEqual(
      expect.objectContaining({
        deadline: new Date(oldFiling.getTime() + 30 * DAY_MS).toISOString(),
        deadlineExtendedAt: null,
        overdue: true,
        addedInformation: [expect.objectContaining({ extendedDeadline: false })],
      }),
    );
    expect((await feedOf(subject, within.id, 2))[1]).toBe(
      `You added information to your dispute of a credit record: staff will weigh it and now answer by ${extended.deadline.slice(0, 10)}.`,
    );
    expect((await feedOf(subject, overdue.id, 2))[1]).toMatch(
      /^You added information to your dispute of a credit record: staff will weigh it; they still answer by \d{4}-\d{2}-\d{2}\.$/,
    );
  });

  test('additions racing each other all land, and extend the deadline exactly once', async () => {
    const subject = paidDuly[11];
    const { recordId } = await furnishLatePayment(subject, TELECOM);
    const { id, deadline } = await fileDispute(subject, recordId);
    const consumer = await asUser(subject);
    const responses = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) => addInformation(consumer, id, `Addition number ${n}.`)),
    );
    expect(responses.flatMap(codesOf)).toEqual([]);
    const stored = await disputes().findOneByOrFail({ id });
    expect(stored.addedInformation!.map((a) => a.information).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `Addition number ${n}.`),
    );
    expect(stored.addedInformation!.filter((a) => a.extendedDeadline)).toHaveLength(1);
    expect(stored.deadline.getTime() - Date.parse(deadline)).toBe(15 * DAY_MS);
    const all = await eventually(
      () =>
        webhooks(TELECOM, 'dispute.information_added', id).length >= 6 &&
        webhooks(TELECOM, 'dispute.information_added', id),
    );
    expect(all.filter((r) => r.event.data.deadlineExtended)).toHaveLength(1);
    // four more reach the limit of ten; the eleventh is refused and changes nothing
    for (const n of [7, 8, 9, 10])
      dataOf(await addInformation(consumer, id, `Addition number ${n}.`), 'addDisputeInformation');
    const refused = await addInformation(consumer, id, 'One more.');
    expect(codesOf(refused)).toEqual(['DISPUTE_INFORMATION_LIMIT']);
    expect((await disputes().findOneByOrFail({ id })).addedInformation).toHaveLength(10);
  });

  test('refusals are coded: a decided dispute, someone else’s, another kind of caller, empty words', async () => {
    const subject = paidDuly[12];
    const { recordId } = await furnishLatePayment(subject);
    const { id } = await fileDispute(subject, recordId);
    const consumer = await asUser(subject);
    const short = await addInformation(consumer, id, ' x ');
    expect(codesOf(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.errors![0].extensions!.argument).toBe('information');
    const theirs = await addInformation(await asUser(paidDuly[0]), id, 'Not my dispute at all.');
    const unknown = await addInformation(await asUser(paidDuly[0]), UNKNOWN_ID, 'Not my dispute at all.');
    expect(codesOf(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.errors![0].message).toBe(unknown.errors![0].message.replace(UNKNOWN_ID, id));
    expect(codesOf(await addInformation(await asPartner(LENDING), id, 'We add this.'))).toEqual(['FORBIDDEN']);
    expect(codesOf(await addInformation(await asStaff('disputes'), id, 'Staff add this.'))).toEqual(['FORBIDDEN']);
    expect(codesOf(await addInformation({}, id, 'Who am I.'))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await addInformation(consumer, 'not-an-id', 'Something.'))).toEqual(['BAD_USER_INPUT']);
    dataOf(
      await answer(await asPartner(LENDING), { id, outcome: 'VERIFIED', note: 'Checked the ledger.' }),
      'answerDispute',
    );
    const closed = await addInformation(consumer, id, 'Too late now.');
    expect(codesOf(closed)).toEqual(['DISPUTE_CLOSED']);
    expect(closed.errors![0].message).toMatch(/decided \(VERIFIED\)/);
    expect((await disputes().findOneByOrFail({ id })).addedInformation).toBeNull();
  });
});

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
async function allowReporting(subject: number, partner = LENDING) {
  const input = { partnerId: partnerId(partner), scopes: ['CREDIT_REPORTING'], purpose: 'Report your payments.' };
  dataOf(await graphql(platform.gatewayUrl, GRANT, { input }, await asUser(subject)), 'grantConsent');
}
const REPORT = `mutation Report($input: ReportCreditRecordsInput!) {
  reportCreditRecords(input: $input) { accepted rejected { index code message field } }
}`;
const reported = (subject: number, overrides: Record<string, unknown> = {}) => ({
  subjectId: userId(subject),
  accountReference: `CARD-${subject}`,
  accountKind: 'CREDIT_CARD',
  dueOn: '2026-09-01',
  amountCents: 12_000,
  paidOn: '2026-09-25',
  status: 'LATE',
  ...overrides,
});
/** The records as the furnisher sends them: naming each consumer by the furnisher's own id for them (issue 19). */
const asFurnisherSends = (records: Record<string, unknown>[], partner: number) =>
  records.map((record) => ({ ...record, subjectId: idAtPartner(partner, record.subjectId as string) }));
async function report(records: Record<string, unknown>[], partner = LENDING) {
  return dataOf(
    await graphql(
      platform.gatewayUrl,
      REPORT,
      { input: { records: asFurnisherSends(records, partner) } },
      await asPartner(partner),
    ),
    'reportCreditRecords',
  );
}
const BATCH = `query Batch($id: ID!) { furnishingBatch(id: $id) {
  status accepted rejectedCount rejections(first: 10) { edges { node { index code field message } } } } }`;
/** Sends an NDJSON file and waits for it to be processed. */
async function reportFile(records: Record<string, unknown>[], partner = LENDING) {
  const caller = await asPartner(partner);
  const response = await fetch(platform.gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${caller.token}` },
    body:
      asFurnisherSends(records, partner)
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  return eventually(async () => {
    const batch = dataOf(await graphql(platform.gatewayUrl, BATCH, { id }, caller), 'furnishingBatch');
    return batch.status === 'COMPLETED' && batch;
  }, 60_000);
}
const RECORD = `query R($id: ID!) { user(id: $id) { creditRecords(first: 100) { edges { node { id status amountCents reinstatedAt } } } } }`;
const onFile = async (subject: number) =>
  dataOf(
    await graphql(platform.gatewayUrl, RECORD, { id: userId(subject) }, await asUser(subject)),
    'user',
  ).creditRecords.edges.map((edge: { node: unknown }) => edge.node);

describe('a record a dispute removed is not silently put back (FCRA §611(a)(5)(B))', () => {
  /** A late card payment reported through the API, disputed, and removed by the furnisher's DELETED answer. */
  async function reportedThenDeleted(subject: number) {
    await allowReporting(subject);
    const before = await me(subject);
    expect((await report([reported(subject)])).accepted).toBe(1);
    const withLate = await scoreFollowed(subject, before);
    expect(withLate.creditHistory).toBe('PAST_DELAYS');
    const recordId = withLate.recordIds.find((id) => !before.recordIds.includes(id))!;
    const { id } = await fileDispute(subject, recordId);
    const note = 'We cannot find this payment in our books.';
    dataOf(await answer(await asPartner(LENDING), { id, outcome: 'DELETED', note }), 'answerDispute');
    const removed = await scoreFollowed(subject, withLate);
    expect(removed.creditHistory).toBe('EXISTING_PAID_DULY');
    return { recordId, disputeId: id, removed };
  }

  test('an uncertified re-report is refused with RECORD_REMOVED_BY_DISPUTE; the rest of the call applies and the removed record still counts for nothing', async () => {
    const subject = paidDuly[13];
    const { recordId, removed } = await reportedThenDeleted(subject);
    for (const certifiedAccurate of [undefined, false]) {
      const answered = await report([
        reported(subject, { amountCents: 12_500, certifiedAccurate }),
        reported(subject, { dueOn: '2026-10-01', paidOn: '2026-10-01', status: 'ON_TIME' }),
      ]);
      expect(answered.accepted).toBe(1);
      expect(answered.rejected).toEqual([
        {
          index: 0,
          code: 'RECORD_REMOVED_BY_DISPUTE',
          field: 'certifiedAccurate',
          message: expect.stringContaining(`account CARD-${subject}, due 2026-09-01`),
        },
      ]);
    }
    const records = await onFile(subject);
    expect(records.map((r: { id: string }) => r.id)).not.toContain(recordId);
    const stored = await platform.databases['credit-history'].dataSource
      .getRepository(CreditRecord)
      .findOneByOrFail({ id: recordId });
    expect(stored).toEqual(expect.objectContaining({ amountCents: 12_000, reinstatedAt: null }));
    expect(stored.suppressedAt).not.toBeNull();
    // the new on-time payment changed the file's inputs; the removed late one is not among them
    const after = await me(subject);
    expect(after.creditHistory).toBe('EXISTING_PAID_DULY');
    expect(after.recordCount).toBe(removed.recordCount + 1);
  });

  test('certified, it is put back: on the file and scored again, the feed says who put back what, and it can be disputed again', async () => {
    const subject = paidDuly[14];
    const { recordId, disputeId, removed } = await reportedThenDeleted(subject);
    // three certified re-reports racing: all applied, the record put back once, one feed line
    const answers = await Promise.all(
      [1, 2, 3].map(() => report([reported(subject, { amountCents: 11_000, certifiedAccurate: true })])),
    );
    expect(answers.map((a) => a.accepted)).toEqual([1, 1, 1]);
    const back = await scoreFollowed(subject, removed);
    expect(back.creditHistory).toBe('PAST_DELAYS');
    expect(back.score).toBe(expectedScore(subject, 'PAST_DELAYS'));
    const record = (await onFile(subject)).find((r: { id: string }) => r.id === recordId);
    expect(record).toEqual({ id: recordId, status: 'LATE', amountCents: 11_000, reinstatedAt: expect.any(String) });
    const sentence =
      'Hanse Kredit put back on your file the payment due 2026-09-01 on your credit card, which your dispute had removed: ' +
      'Hanse Kredit certified that it is complete and accurate. If you still think it is wrong, you may dispute it again.';
    expect((await feedOf(subject, disputeId, 3))[2]).toBe(sentence);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await feedFor(subject, disputeId)).toHaveLength(3);
    const again = await fileDispute(subject, recordId);
    expect(again.id).not.toBe(disputeId);
    const exported = dataOf(
      await graphql(platform.gatewayUrl, '{ exportMyData { creditHistory notifications } }', {}, await asUser(subject)),
      'exportMyData',
    );
    expect(exported.creditHistory.records.find((r: { id: string }) => r.id === recordId).reinstatedAt).toEqual(
      expect.any(String),
    );
    expect(exported.notifications.map((n: { message: string }) => n.message)).toContain(sentence);
  });

  test('costs the same number of statements for 2 removed records as for 6, refused or put back', async () => {
    const subject = paidDuly[16];
    await allowReporting(subject);
    const months = ['01', '02', '03', '04', '05', '06', '07', '08'].map((month) => `2026-${month}-05`);
    const late = (dueOn: string) => reported(subject, { dueOn, paidOn: dueOn.replace(/05$/, '20') });
    // put back on time, they change no derived input: no score recompute blurs the count
    const onTime = (dueOn: string) =>
      reported(subject, { dueOn, paidOn: dueOn, status: 'ON_TIME', certifiedAccurate: true });
    const before = await me(subject);
    expect((await report(months.map(late))).accepted).toBe(8);
    const withLate = await scoreFollowed(subject, before);
    const recordIds = withLate.recordIds.filter((id) => !before.recordIds.includes(id));
    expect(recordIds).toHaveLength(8);
    for (const recordId of recordIds) {
      const { id } = await fileDispute(subject, recordId);
      dataOf(await answer(await asPartner(LENDING), { id, outcome: 'DELETED', note: 'Not ours.' }), 'answerDispute');
    }
    await scoreFollowed(subject, withLate); // the last deletion changed the class: let its score settle first
    const statements = async (records: Record<string, unknown>[]) => {
      const start = platform.queryCount();
      const answered = await report(records);
      return { count: platform.queryCount() - start, answered };
    };
    const [two, six] = [months.slice(0, 2), months.slice(2)];
    await statements(two.map(late)); // the first call warms what later calls find cached
    const refusedTwo = await statements(two.map(late));
    const refusedSix = await statements(six.map(late));
    expect([refusedTwo.answered.rejected.length, refusedSix.answered.rejected.length]).toEqual([2, 6]);
    expect(refusedSix.count).toBe(refusedTwo.count);
    const backTwo = await statements(two.map(onTime));
    const backSix = await statements(six.map(onTime));
    expect([backTwo.answered.accepted, backSix.answered.accepted]).toEqual([2, 6]);
    expect(backSix.count).toBe(backTwo.count);
  });

  test('a file takes the same rule: an expired dispute’s record is refused per line, and put back when certified', async () => {
    const subject = paidDuly[15];
    await allowReporting(subject, TELECOM);
    const before = await me(subject);
    const phone = (overrides: Record<string, unknown> = {}) =>
      reported(subject, { accountReference: `PHONE-${subject}`, accountKind: 'UTILITY', ...overrides });
    expect((await report([phone()], TELECOM)).accepted).toBe(1);
    const withLate = await scoreFollowed(subject, before);
    const recordId = withLate.recordIds.find((id) => !before.recordIds.includes(id))!;
    const { id } = await fileDispute(subject, recordId);
    await disputes().update({ id }, { deadline: new Date(Date.now() - 1000) });
    await eventually(() => webhooks(TELECOM, 'dispute.expired', id).length > 0, 30_000);
    const removed = await scoreFollowed(subject, withLate);
    expect(removed.recordIds).not.toContain(recordId);

    const refused = await reportFile(
      [phone({ dueOn: '2026-10-01', paidOn: '2026-10-01', status: 'ON_TIME' }), phone()],
      TELECOM,
    );
    expect(refused).toEqual(expect.objectContaining({ accepted: 1, rejectedCount: 1 }));
    expect(refused.rejections.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      {
        index: 1,
        code: 'RECORD_REMOVED_BY_DISPUTE',
        field: 'certifiedAccurate',
        message: expect.stringContaining('certifiedAccurate: true'),
      },
    ]);
    expect((await me(subject)).recordIds).not.toContain(recordId);

    const certified = await reportFile([phone({ certifiedAccurate: true })], TELECOM);
    expect(certified).toEqual(expect.objectContaining({ accepted: 1, rejectedCount: 0 }));
    expect((await onFile(subject)).find((r: { id: string }) => r.id === recordId).reinstatedAt).toEqual(
      expect.any(String),
    );
    expect((await feedOf(subject, id, 3))[2]).toBe(
      'Elbe Mobil put back on your file the payment due 2026-09-01 on your utility account, which your dispute had removed: ' +
        'Elbe Mobil certified that it is complete and accurate. If you still think it is wrong, you may dispute it again.',
    );
    // a flag that is not a boolean is malformed, as any field
    const malformed = await reportFile([phone({ certifiedAccurate: 'yes' })], TELECOM);
    expect(malformed.rejections.edges[0].node).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'certifiedAccurate' }),
    );
  });
});

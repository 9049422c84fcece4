import { In } from 'typeorm';
import { Platform } from '../../platform/launcher';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { DEMO_PARTNERS } from '../../shared/demo/demo-population';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { sweepExpiredDisputes } from '../../subgraphs/credit-history/disputes/dispute-deadlines';
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

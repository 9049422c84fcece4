import { randomUUID } from 'node:crypto';
import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { ScoreReview } from '../../subgraphs/scores/entities/ScoreReview';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  GraphQLResponse,
  nodesOf,
  userId,
  idAtPartner,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 30 });
});
afterAll(() => platform.stop());

const DAY_MS = 86_400_000;
const REVIEW_FIELDS = `id status statement requestedAt deadline overdue outcome note resolvedAt subject { id }
  reviewedScore { value band probabilityOfDefault modelVersion computedAt
    inputs { characteristic category value bin points maxPoints }
    categories { category points } reasons { code sentence } }`;
const REQUEST = `mutation Ask($statement: String!) { requestScoreReview(statement: $statement) { ${REVIEW_FIELDS} } }`;
const QUEUE = `{ scoreReviewQueue(first: 50) { edges { node { ${REVIEW_FIELDS} } } } }`;
const RESOLVE = `mutation Answer($id: ID!, $outcome: ScoreReviewOutcome!, $note: String!) { resolveScoreReview(id: $id, outcome: $outcome, note: $note) { ${REVIEW_FIELDS} } }`;
const MY_SCORE = `{ me { creditScore { value band probabilityOfDefault modelVersion categories { category points } reasons { code sentence } computedAt } } }`;
const MY_REVIEWS = `{ me { scoreReviews { edges { node { id status outcome note resolvedAt statement } } } } }`;

const STATEMENT = 'My savings moved to another bank last year; the score still counts me as having none.';
const reviewer = (role = 'disputes') => asStaff(role, 'score review queue');

function dataOf<T = any>(response: GraphQLResponse, field: string): T {
  expect(response.errors).toBeUndefined();
  return response.data![field] as T;
}
const ask = async (subject: number, statement = STATEMENT) =>
  graphql(platform.gatewayUrl, REQUEST, { statement }, await asUser(subject));
const answer = async (
  id: string,
  outcome = 'CONFIRMED',
  note = 'Checked the savings status with the bank: the score stands.',
  caller?: Caller,
) => graphql(platform.gatewayUrl, RESOLVE, { id, outcome, note }, caller ?? (await reviewer()));

describe('a consumer asks for a human review of their score', () => {
  const SUBJECT = 2;
  let review: any;
  let score: any;

  beforeAll(async () => {
    score = dataOf(await graphql(platform.gatewayUrl, MY_SCORE, {}, await asUser(SUBJECT)), 'me').creditScore;
    review = dataOf(await ask(SUBJECT, `  ${STATEMENT}  `), 'requestScoreReview');
  });

  test('the review is open, due in 30 days, and keeps the score as the consumer was shown it, with its inputs', () => {
    expect(review).toEqual(
      expect.objectContaining({
        status: 'OPEN',
        statement: STATEMENT,
        overdue: false,
        outcome: null,
        note: null,
        resolvedAt: null,
      }),
    );
    expect(review.subject).toEqual({ id: userId(SUBJECT) });
    expect(Date.parse(review.deadline) - Date.parse(review.requestedAt)).toBe(30 * DAY_MS);
    const { value, band, probabilityOfDefault, modelVersion, categories, reasons } = score;
    expect(review.reviewedScore).toEqual(
      expect.objectContaining({ value, band, probabilityOfDefault, modelVersion, categories, reasons }),
    );
    expect(review.reviewedScore.computedAt).toBe(score.computedAt);
    const inputs: { characteristic: string; category: string; points: number; maxPoints: number }[] =
      review.reviewedScore.inputs;
    expect(inputs).toHaveLength(17);
    expect(inputs.reduce((total, input) => total + input.points, 0)).toBe(value);
    expect(inputs.find((input) => input.characteristic === 'otherDebtors')).toEqual(
      expect.objectContaining({ category: 'RELATIONSHIPS', points: 0, maxPoints: 0 }),
    );
    for (const category of categories) {
      const own = inputs.filter((input) => input.category === category.category);
      expect(own.reduce((total, input) => total + input.points, 0)).toBe(category.points);
    }
  });

  test('a second request while one is open is refused', async () => {
    const again = await ask(SUBJECT);
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0].message).toMatch(/already under review/);
  });

  test('the consumer sees it among their reviews; a partner may not even learn it exists', async () => {
    expect(
      nodesOf(dataOf(await graphql(platform.gatewayUrl, MY_REVIEWS, {}, await asUser(SUBJECT)), 'me').scoreReviews),
    ).toEqual([expect.objectContaining({ id: review.id, status: 'OPEN', statement: STATEMENT })]);
    const byPartner = await graphql(
      platform.gatewayUrl,
      `
        query ($id: ID!) {
          user(id: $id) {
            scoreReviews {
              totalCount
            }
          }
        }
      `,
      { id: idAtPartner(0, userId(SUBJECT)) },
      await asPartner(0),
    );
    expect(byPartner.data!.user.scoreReviews).toBeNull();
    expect(codesOf(byPartner)).toEqual(['FORBIDDEN']);
  });

  test.each([
    ['a partner', () => asPartner(0), 'FORBIDDEN'],
    ['staff', () => asStaff('compliance'), 'FORBIDDEN'],
    ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
  ])('%s cannot ask for a review', async (_, caller, code) => {
    expect(codesOf(await graphql(platform.gatewayUrl, REQUEST, { statement: STATEMENT }, await caller()))).toEqual([
      code,
    ]);
  });

  test('a statement must say something, and a token naming no consumer writes nothing (it acts as nobody)', async () => {
    const empty = await ask(3, ' no ');
    expect(codesOf(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors![0].extensions!.argument).toBe('statement');
    const nobody = await graphql(
      platform.gatewayUrl,
      REQUEST,
      { statement: STATEMENT },
      { token: await mintToken({ sub: randomUUID(), kind: 'user' }) },
    );
    expect(codesOf(nobody)).toEqual(['UNAUTHENTICATED']);
  });

  describe('in the queue', () => {
    test('caseworkers see it with the statement, the score, its inputs, categories and reasons', async () => {
      for (const role of ['disputes', 'compliance']) {
        const queue = nodesOf(
          dataOf(await graphql(platform.gatewayUrl, QUEUE, {}, await reviewer(role)), 'scoreReviewQueue'),
        )!;
        expect(queue.find((r) => r.id === review.id)).toEqual(review);
      }
    });

    test.each([
      ['support staff', () => asStaff('support'), 'FORBIDDEN'],
      ['partner managers', () => asStaff('partners'), 'FORBIDDEN'],
      ['the consumer', () => asUser(SUBJECT), 'FORBIDDEN'],
      ['a partner', () => asPartner(0), 'FORBIDDEN'],
      ['anonymous', async () => ({}), 'UNAUTHENTICATED'],
    ])('%s may not see the queue', async (_, caller, code) => {
      const response = await graphql(platform.gatewayUrl, QUEUE, {}, await caller());
      expect(response.data).toBeNull();
      expect(codesOf(response)).toEqual([code]);
    });

    test('the queue and every read of the reviewed score need a stated reason: without one nothing is shown, not even the statement; with one the consumer sees who read it', async () => {
      const unexplained = await graphql(platform.gatewayUrl, QUEUE, {}, await asStaff('disputes', null));
      expect(unexplained.data).toBeNull();
      expect(codesOf(unexplained)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(unexplained)).not.toContain(STATEMENT);

      const log = dataOf(
        await graphql(
          platform.gatewayUrl,
          `
            {
              me {
                accessLog(first: 50) {
                  edges {
                    node {
                      viewerKind
                      staffRole
                      purpose
                      fields {
                        field
                        outcome
                      }
                    }
                  }
                }
              }
            }
          `,
          {},
          await asUser(SUBJECT),
        ),
        'me',
      );
      // one line per field read, carrying its event's viewer and reason
      const reads = log.accessLog.edges.flatMap((e: any) => e.node.fields.map((read: any) => ({ ...e.node, ...read })));
      const staffReads = reads.filter(
        (n: any) => n.viewerKind === 'STAFF' && ['ReviewedScore.value', 'Query.scoreReviewQueue'].includes(n.field),
      );
      expect(staffReads).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'Query.scoreReviewQueue',
            staffRole: 'disputes',
            outcome: 'ALLOWED',
            purpose: 'score review queue',
          }),
          expect.objectContaining({
            field: 'ReviewedScore.value',
            staffRole: 'disputes',
            outcome: 'ALLOWED',
            purpose: 'score review queue',
          }),
        ]),
      );
      expect(staffReads.filter((n: any) => n.purpose === null)).toEqual([]);
    });
  });

  describe('answered', () => {
    test('only caseworkers answer, with a note', async () => {
      for (const caller of [await asStaff('support'), await asUser(SUBJECT), await asPartner(0)]) {
        expect(codesOf(await answer(review.id, 'CONFIRMED', 'not mine to answer', caller))).toEqual(['FORBIDDEN']);
      }
      const noNote = await answer(review.id, 'CONFIRMED', ' ok ');
      expect(codesOf(noNote)).toEqual(['BAD_USER_INPUT']);
      expect(noNote.errors![0].extensions!.argument).toBe('note');
      expect(codesOf(await answer('00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
    });

    test('the consumer sees the outcome and the note; it leaves the queue and cannot be answered twice', async () => {
      const resolved = dataOf(
        await answer(
          review.id,
          'NOT_CONFIRMED',
          'Your savings are held elsewhere: dispute the savings record and we recompute.',
        ),
        'resolveScoreReview',
      );
      expect(resolved).toEqual(
        expect.objectContaining({ status: 'RESOLVED', outcome: 'NOT_CONFIRMED', overdue: false }),
      );
      expect(
        nodesOf(dataOf(await graphql(platform.gatewayUrl, MY_REVIEWS, {}, await asUser(SUBJECT)), 'me').scoreReviews),
      ).toEqual([
        expect.objectContaining({
          id: review.id,
          status: 'RESOLVED',
          outcome: 'NOT_CONFIRMED',
          note: 'Your savings are held elsewhere: dispute the savings record and we recompute.',
          resolvedAt: expect.any(String),
        }),
      ]);
      const queue = nodesOf(
        dataOf(await graphql(platform.gatewayUrl, QUEUE, {}, await reviewer()), 'scoreReviewQueue'),
      )!;
      expect(queue.map((r) => r.id)).not.toContain(review.id);
      const twice = await answer(review.id, 'CONFIRMED');
      expect(codesOf(twice)).toEqual(['BAD_USER_INPUT']);
      expect(twice.errors![0].message).toMatch(/already resolved as NOT_CONFIRMED/);
    });

    test('once answered, the consumer may ask again', async () => {
      expect(
        dataOf(await ask(SUBJECT, 'I also think the housing facts are out of date.'), 'requestScoreReview').status,
      ).toBe('OPEN');
    });
  });
});

describe('one open review per consumer, and one answer per review, when requests race', () => {
  test('eight requests at once: exactly one review is opened', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => ask(5)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).map((r) => codesOf(r)[0])).toEqual(Array(7).fill('BAD_USER_INPUT'));
    expect(
      await platform.databases.scores.dataSource
        .getRepository(ScoreReview)
        .countBy({ userId: userId(5), status: 'OPEN' }),
    ).toBe(1);
  });

  test('two caseworkers answering at once: one answer stands, the other is told it was already resolved', async () => {
    const id = dataOf(await ask(6), 'requestScoreReview').id;
    const [a, b] = await Promise.all([
      answer(id, 'CONFIRMED', 'First reviewer: the score stands.'),
      answer(id, 'NOT_CONFIRMED', 'Second reviewer: it does not.', await reviewer('compliance')),
    ]);
    const winners = [a, b].filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(codesOf([a, b].find((r) => r.errors)!)).toEqual(['BAD_USER_INPUT']);
    const stored = await platform.databases.scores.dataSource.getRepository(ScoreReview).findOneByOrFail({ id });
    expect(stored.outcome).toBe(winners[0].data!.resolveScoreReview.outcome);
  });
});

describe('deadlines, export and erasure', () => {
  test('a review past its deadline is flagged overdue and heads the queue', async () => {
    const id = dataOf(await ask(7), 'requestScoreReview').id;
    await platform.databases.scores.dataSource
      .getRepository(ScoreReview)
      .update({ id }, { deadline: new Date(Date.now() - DAY_MS), requestedAt: new Date(Date.now() - 31 * DAY_MS) });
    const queue = nodesOf(dataOf(await graphql(platform.gatewayUrl, QUEUE, {}, await reviewer()), 'scoreReviewQueue'))!;
    expect(queue[0]).toEqual(expect.objectContaining({ id, overdue: true }));
    expect(queue.slice(1).every((r) => !r.overdue)).toBe(true);
  });

  test("the consumer's export holds their reviews; erasing the account erases them", async () => {
    const id = dataOf(await ask(8), 'requestScoreReview').id;
    const exported = dataOf(
      await graphql(
        platform.gatewayUrl,
        `
          {
            exportMyData {
              scoreReviews
            }
          }
        `,
        {},
        await asUser(8),
      ),
      'exportMyData',
    );
    expect(exported.scoreReviews).toEqual([
      expect.objectContaining({
        id,
        statement: STATEMENT,
        status: 'OPEN',
        value: expect.any(Number),
        inputs: expect.any(Array),
      }),
    ]);
    expect(exported.scoreReviews[0]).not.toHaveProperty('resolvedByStaffId');
    const erased = await graphql(
      platform.gatewayUrl,
      `
        mutation {
          deleteMyAccount {
            completedAt
          }
        }
      `,
      {},
      await asUser(8),
    );
    expect(erased.data!.deleteMyAccount.completedAt).not.toBeNull();
    expect(await platform.databases.scores.dataSource.getRepository(ScoreReview).countBy({ userId: userId(8) })).toBe(
      0,
    );
  });
});

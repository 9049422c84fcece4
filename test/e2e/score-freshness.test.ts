import { Platform } from '../../platform/launcher';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { captureLogs } from '../../shared/server/log';
import { currentScoringInputs } from '../../subgraphs/scores/current/scoring-inputs';
import { startModelUpgrade } from '../../subgraphs/scores/current/model-upgrade';
import { loadScorecard, scoreCharacteristics, ScorecardModel } from '../../scorecard';
import { asStaff, asUser, dataOf, graphql, userId } from '../support/graphql';
import { scrape, valueOf } from '../support/metrics';
import { startTestPlatform } from '../support/platform';
import { eventually } from '../support/webhook-receiver';
import type { SavingsStatus } from '../../shared/data/german-credit';
import { publishScoringInputsChange } from '../../shared/scoring/scoring-inputs-change';
import { lockedCreditFile } from '../../subgraphs/credit-history/credit-file/class-change';
import { CreditFile } from '../../subgraphs/credit-history/entities/CreditFile';

// This file runs a model upgrade of its own: the platform's (to the model in use) must not look meanwhile.
process.env.CREDENCE_SCORE_UPGRADE_POLL_MS = String(3_600_000);

const SEEDED = 40;
let platform: Platform;
let creditHistoryUrl: string;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: SEEDED });
  creditHistoryUrl = platform.subgraphUrls['credit-history'];
});
afterAll(() => platform.stop());

const applicants = loadGermanCredit().slice(0, SEEDED);
const MY_SCORE = `{ me { creditFile { savingsStatus } creditScore { value modelVersion computedAt } } }`;
const myScore = async (index: number) =>
  dataOf(await graphql(platform.gatewayUrl, MY_SCORE, {}, await asUser(index)), 'me');

/** Consumers whose inputs a test changed: no longer the data set's applicant. */
const changedByTests = new Set<string>();

/**
 * Credit-history changes a consumer's savings class as its own writers do (issue 17's furnishing will be the public
 * path): the file and its inputs version in one transaction with the change announced to scores.
 */
async function changeSavings(index: number, savingsStatus: SavingsStatus): Promise<void> {
  changedByTests.add(userId(index));
  await platform.databases['credit-history'].dataSource.transaction(async (manager) => {
    const file = (await lockedCreditFile(manager, userId(index)))!;
    const version = file.scoringInputsVersion + 1;
    await manager
      .getRepository(CreditFile)
      .update({ userId: file.userId }, { savingsStatus, scoringInputsVersion: version, updatedAt: new Date() });
    await publishScoringInputsChange(manager, file.userId, version);
  });
}

const MY_FEED = `{ myNotifications(first: 20) { edges { node { kind message } } } }`;
const scoreChangesInFeed = async (index: number) =>
  (
    dataOf(await graphql(platform.gatewayUrl, MY_FEED, {}, await asUser(index)), 'myNotifications').edges as {
      node: { kind: string; message: string };
    }[]
  )
    .map((edge) => edge.node)
    .filter((node) => node.kind === 'SCORE_CHANGED')
    .map((node) => node.message);

const scoringOutbox = async () => {
  const samples = await scrape(creditHistoryUrl);
  return {
    failing: valueOf(samples, 'credence_outbox_failing', { outbox: 'scoring_inputs' }),
    backlog: valueOf(samples, 'credence_outbox_backlog', { outbox: 'scoring_inputs' }),
  };
};

test('a recompute that fails is retried and counted in /metrics; reads serve the last good score until the new one is stored, and the consumer is told why it moved', async () => {
  const index = applicants.find((a) => a.characteristics.savingsStatus === 'BELOW_100')!.index;
  const before = await myScore(index);
  expect(before.creditFile.savingsStatus).toBe('BELOW_100');
  // scores can no longer fetch the inputs it recomputes from (the gateway still reaches credit-history)
  platform.subgraphUrls['credit-history'] = 'http://127.0.0.1:9/graphql';
  try {
    await changeSavings(index, 'AT_LEAST_1000');
    await eventually(async () => (await scoringOutbox()).failing >= 1, 60_000);
    const meanwhile = await myScore(index);
    expect(meanwhile.creditFile.savingsStatus).toBe('AT_LEAST_1000');
    expect(meanwhile.creditScore).toEqual(before.creditScore);
  } finally {
    platform.subgraphUrls['credit-history'] = creditHistoryUrl;
  }
  const corrected = { ...applicants[index - 1].characteristics, savingsStatus: 'AT_LEAST_1000' as const };
  const expected = scoreCharacteristics(loadScorecard(), corrected).value;
  expect(expected).toBeGreaterThan(before.creditScore.value);
  const after = await eventually(async () => {
    const score = (await myScore(index)).creditScore;
    return score.value === expected && score;
  }, 60_000);
  expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(before.creditScore.computedAt));
  expect(
    await eventually(async () => {
      const outbox = await scoringOutbox();
      return outbox.failing === 0 && outbox.backlog === 0 && outbox;
    }, 60_000),
  ).toEqual({ failing: 0, backlog: 0 });
  // One line in the consumer's feed, whatever the retries: from what to what, and why.
  const gained = expected - before.creditScore.value;
  expect(
    await eventually(async () => (await scoreChangesInFeed(index)).length > 0 && scoreChangesInFeed(index), 60_000),
  ).toEqual([
    `Your score rose from ${before.creditScore.value} to ${expected} because your credit file changed: your account balances +${gained} points.`,
  ]);
});

describe('a new model version', () => {
  const v1 = loadScorecard();
  // A second model: every checking-account bin earns 10 points more, so every score moves.
  const v2: ScorecardModel = {
    ...v1,
    version: 'scorecard-v2-test',
    characteristics: v1.characteristics.map((c) =>
      c.name === 'checkingStatus' ? { ...c, bins: c.bins.map((bin) => ({ ...bin, points: bin.points + 10 })) } : c,
    ),
  };
  const MODEL = `query M($ids: [ID!]!) { usersByIds(ids: $ids) { id creditScore { value modelVersion } } }`;
  const everyone = applicants.map((a) => userId(a.index));
  const scoresOfEveryone = async () =>
    dataOf(await graphql(platform.gatewayUrl, MODEL, { ids: everyone }, await asStaff('support')), 'usersByIds') as {
      id: string;
      creditScore: { value: number; modelVersion: string };
    }[];
  const byModel = async () => {
    const samples = await scrape(platform.subgraphUrls.scores);
    return {
      v1: valueOf(samples, 'credence_current_scores', { model_version: v1.version }),
      v2: valueOf(samples, 'credence_current_scores', { model_version: v2.version }),
    };
  };

  test('recomputes every consumer in the background, in batches, with progress in /metrics and the log; reads serve the old score until the new is stored', async () => {
    // No change is on its way (they are recomputed with the model in use, v1, as the platform's replicas run it).
    await eventually(async () => (await scoringOutbox()).backlog === 0, 60_000);
    expect(await byModel()).toEqual({ v1: SEEDED, v2: 0 });
    const before = await scoresOfEveryone();
    // v2 gives every consumer 10 points more than v1
    const withV2 = (user: (typeof before)[number]) => ({
      id: user.id,
      creditScore: { value: user.creditScore.value + 10, modelVersion: v2.version },
    });
    let release!: () => void;
    const secondBatch = new Promise<void>((resolve) => (release = resolve));
    let batches = 0;
    const logged: { event: string; recomputed: number; remaining: number }[] = [];
    const stopCapture = captureLogs((line) => logged.push(JSON.parse(line)));
    const started = startModelUpgrade(platform.databases.scores, platform.subgraphUrls, {
      model: () => v2,
      batchSize: 15,
      intervalMs: 3_600_000,
      fetchInputs: async (peers, ids) => {
        batches += 1;
        if (batches === 2) await secondBatch; // the upgrade stops half-way until the test has looked
        return currentScoringInputs(peers, ids);
      },
    });
    try {
      await eventually(() => batches === 2, 60_000);
      // One batch stored: its consumers read the new model's score, everyone else still the old one's.
      const halfway = await scoresOfEveryone();
      const upgraded = halfway.filter((user) => user.creditScore.modelVersion === v2.version);
      expect(upgraded).toHaveLength(15);
      expect(halfway).toEqual(before.map((user) => (upgraded.some((u) => u.id === user.id) ? withV2(user) : user)));
      expect(await byModel()).toEqual({ v1: SEEDED - 15, v2: 15 });
      expect(logged.filter((line) => line.event === 'score_model_upgrade')).toEqual([
        expect.objectContaining({ recomputed: 15, remaining: SEEDED - 15 }),
      ]);
      release();
      await eventually(async () => (await byModel()).v1 === 0, 60_000);
    } finally {
      release();
      await (
        await started
      )();
      stopCapture();
    }
    const done = await scoresOfEveryone();
    expect(done).toEqual(before.map(withV2));
    expect(done[0].creditScore.value).toBe(scoreCharacteristics(v2, applicants[0].characteristics).value);
    expect(await byModel()).toEqual({ v1: 0, v2: SEEDED });
    expect(
      logged.filter((line) => line.event === 'score_model_upgrade').map((line) => [line.recomputed, line.remaining]),
    ).toEqual([
      [15, 25],
      [30, 10],
      [40, 0],
    ]);
    // Each consumer is told what the new model changed and why: the newest line of their feed.
    for (const [i, user] of before.slice(0, 5).entries()) {
      expect(
        await eventually(
          async () => (await scoreChangesInFeed(applicants[i].index)).find((line) => line.includes(v2.version)),
          60_000,
        ),
      ).toBe(
        `Your score rose from ${user.creditScore.value} to ${user.creditScore.value + 10}. ` +
          `Credence now scores with ${v2.version}: your account balances +10 points.`,
      );
    }
  });

  test('switching from scorecard-v1 to scorecard-v2 recomputes everyone with v2 and tells each consumer why, in words', async () => {
    const upgradeTo = async (model: ScorecardModel) => {
      const stop = await startModelUpgrade(platform.databases.scores, platform.subgraphUrls, {
        model: () => model,
        intervalMs: 3_600_000,
      });
      try {
        await eventually(
          async () => (await scoresOfEveryone()).every((u) => u.creditScore.modelVersion === model.version),
          60_000,
        );
      } finally {
        await stop();
      }
    };
    const [scorecardV1, scorecardV2] = [loadScorecard('scorecard-v1'), loadScorecard('scorecard-v2')];
    await upgradeTo(scorecardV1);
    const onV1 = await scoresOfEveryone();
    await upgradeTo(scorecardV2);
    const onV2 = await scoresOfEveryone();
    const unchangedByTests = (users: typeof onV2) => users.filter((user) => !changedByTests.has(user.id));
    expect(unchangedByTests(onV2).map((user) => user.creditScore.value)).toEqual(
      applicants
        .filter((a) => !changedByTests.has(userId(a.index)))
        .map((a) => scoreCharacteristics(scorecardV2, a.characteristics).value),
    );
    for (const [i, user] of onV1.slice(0, 8).entries()) {
      const now = onV2[i].creditScore.value;
      const was = user.creditScore.value;
      const line = await eventually(async () => {
        const lines = await scoreChangesInFeed(applicants[i].index);
        return lines[0]?.includes('fairer scorecard') && lines[0];
      }, 60_000);
      const why =
        'Credence now scores with a fairer scorecard, in which a better repayment record never earns fewer points';
      expect(line).toMatch(
        now === was
          ? `${why} and people of every age and origin are treated more evenly; your score stayed at ${now}`
          : `Your score ${now > was ? 'rose' : 'fell'} from ${was} to ${now}. ${why}`,
      );
      expect(line).not.toMatch(/scorecard-v|PAYMENT_HISTORY|ACCOUNT_BEHAVIOUR/);
    }
  });
});

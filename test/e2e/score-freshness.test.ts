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
const MY_SCORE = `{ me { creditFile { creditHistory } creditScore { value modelVersion computedAt } } }`;
const myScore = async (index: number) =>
  dataOf(await graphql(platform.gatewayUrl, MY_SCORE, {}, await asUser(index)), 'me');

/** The consumer disputes every late payment on file and staff uphold each: the file's class changes. */
async function upholdEveryLateRecord(index: number): Promise<void> {
  const records = dataOf(
    await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditRecords(first: 100) {
              edges {
                node {
                  id
                  status
                }
              }
            }
          }
        }
      `,
      {},
      await asUser(index),
    ),
    'me',
  );
  const late = records.creditRecords.edges
    .map((edge: { node: { id: string; status: string } }) => edge.node)
    .filter((record: { status: string }) => record.status === 'LATE');
  expect(late.length).toBeGreaterThan(0);
  for (const record of late) {
    const filed = await graphql(
      platform.gatewayUrl,
      `
        mutation F($input: DisputeCreditRecordInput!) {
          disputeCreditRecord(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          recordId: record.id,
          reason: 'PAID_ON_TIME',
          details: 'I paid this by bank transfer before the due date.',
        },
      },
      await asUser(index),
    );
    const resolved = await graphql(
      platform.gatewayUrl,
      `
        mutation R($input: ResolveDisputeInput!) {
          resolveDispute(input: $input) {
            status
          }
        }
      `,
      {
        input: {
          id: dataOf(filed, 'disputeCreditRecord').id,
          outcome: 'UPHELD',
          note: 'The issuer confirmed the payment was on time.',
        },
      },
      await asStaff('disputes'),
    );
    expect(dataOf(resolved, 'resolveDispute').status).toBe('UPHELD');
  }
}

const scoringOutbox = async () => {
  const samples = await scrape(creditHistoryUrl);
  return {
    failing: valueOf(samples, 'credence_outbox_failing', { outbox: 'scoring_inputs' }),
    backlog: valueOf(samples, 'credence_outbox_backlog', { outbox: 'scoring_inputs' }),
  };
};

test('a recompute that fails is retried and counted in /metrics; reads serve the last good score until the new one is stored', async () => {
  const index = applicants.find((a) => a.characteristics.creditHistory === 'PAST_DELAYS')!.index;
  const before = await myScore(index);
  expect(before.creditFile.creditHistory).toBe('PAST_DELAYS');
  // scores can no longer fetch the inputs it recomputes from (the gateway still reaches credit-history)
  platform.subgraphUrls['credit-history'] = 'http://127.0.0.1:9/graphql';
  try {
    await upholdEveryLateRecord(index);
    await eventually(async () => (await scoringOutbox()).failing >= 1, 60_000);
    const meanwhile = await myScore(index);
    expect(meanwhile.creditFile.creditHistory).not.toBe('PAST_DELAYS');
    expect(meanwhile.creditScore).toEqual(before.creditScore);
  } finally {
    platform.subgraphUrls['credit-history'] = creditHistoryUrl;
  }
  const corrected = {
    ...applicants[index - 1].characteristics,
    creditHistory: (await myScore(index)).creditFile.creditHistory,
  };
  const expected = scoreCharacteristics(loadScorecard(), corrected).value;
  expect(expected).not.toBe(before.creditScore.value);
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
  });
});

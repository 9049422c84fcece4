import { Platform } from '../../platform/launcher';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { startTestPlatform } from '../support/platform';
import { asPartner, asUser, codesOf, graphql, userId, idAtPartner } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 30 });
});
afterAll(() => platform.stop());

const applicants = loadGermanCredit().slice(0, 30);
const model = loadScorecard();
const SCORE = `{ me { creditScore {
  value band probabilityOfDefault modelVersion
  categories { category points maxPoints scored explanation }
  reasons { code characteristic category pointsLost sentence }
  history { value modelVersion }
} } }`;

describe('the score through the graph', () => {
  test.each([1, 2, 7, 19, 30])(
    'applicant %i is scored from the data the other subgraphs hold, exactly as the scorecard says',
    async (index) => {
      const response = await graphql(platform.gatewayUrl, SCORE, {}, await asUser(index));
      expect(response.errors).toBeUndefined();
      const score = response.data!.me.creditScore;
      const expected = scoreCharacteristics(model, applicants[index - 1].characteristics);
      expect(score.value).toBe(expected.value);
      expect(score.band).toBe(expected.band);
      expect(score.reasons.map((r: { code: string }) => r.code)).toEqual(expected.reasons.map((r) => r.code));
    },
  );

  test('category points add up to the score and relationships are worth nothing', async () => {
    const score = (await graphql(platform.gatewayUrl, SCORE, {}, await asUser(4))).data!.me.creditScore;
    const sum = score.categories.reduce((total: number, c: { points: number }) => total + c.points, 0);
    expect(sum).toBe(score.value);
    const relationships = score.categories.find((c: { category: string }) => c.category === 'RELATIONSHIPS');
    expect(relationships).toEqual(expect.objectContaining({ points: 0, maxPoints: 0, scored: false }));
    expect(relationships.explanation).toMatch(/never/i);
  });

  test('reasons are at most four, the largest point losses first, never about relationships', async () => {
    for (const index of [3, 5, 8]) {
      const score = (await graphql(platform.gatewayUrl, SCORE, {}, await asUser(index))).data!.me.creditScore;
      const lost = score.reasons.map((r: { pointsLost: number }) => r.pointsLost);
      expect(lost.length).toBeLessThanOrEqual(4);
      expect(lost).toEqual([...lost].sort((a: number, b: number) => b - a));
      expect(
        score.reasons.every(
          (r: { category: string; sentence: string }) => r.category !== 'RELATIONSHIPS' && r.sentence.length > 20,
        ),
      ).toBe(true);
    }
  });

  test('each computation is kept as a snapshot with its model version', async () => {
    const caller = await asUser(6);
    await graphql(platform.gatewayUrl, SCORE, {}, caller);
    const score = (await graphql(platform.gatewayUrl, SCORE, {}, caller)).data!.me.creditScore;
    // same inputs, same model: one snapshot, not one per read
    expect(score.history).toEqual([{ value: score.value, modelVersion: model.version }]);
  });
});

describe('the score scale', () => {
  const SCALE = `{ scoreScale { min max cutOff cutOffProbabilityOfDefault bands { band min max } } }`;

  test("is the scorecard's own: contiguous bands from end to end, the cut-off where GOOD starts, for consumers and partners alike", async () => {
    const response = await graphql(platform.gatewayUrl, SCALE, {}, await asUser(2));
    expect(response.errors).toBeUndefined();
    const scale = response.data!.scoreScale;
    expect(scale).toMatchObject({
      min: model.scaling.scaleMin,
      max: model.scaling.scaleMax,
      cutOff: model.cutOff.score,
      cutOffProbabilityOfDefault: model.cutOff.probabilityOfDefault,
    });
    expect(scale.bands.map((b: { band: string; min: number }) => [b.band, b.min])).toEqual(
      model.bands.map((b) => [b.band, b.minScore]),
    );
    expect(scale.bands[0].min).toBe(scale.min);
    expect(scale.bands[scale.bands.length - 1].max).toBe(scale.max);
    for (let i = 1; i < scale.bands.length; i += 1) expect(scale.bands[i].min).toBe(scale.bands[i - 1].max + 1);
    expect(scale.bands.find((b: { band: string }) => b.band === 'GOOD').min).toBe(scale.cutOff);

    const { value, band } = (await graphql(platform.gatewayUrl, SCORE, {}, await asUser(2))).data!.me.creditScore;
    const holding = scale.bands.find((b: { min: number; max: number }) => b.min <= value && value <= b.max);
    expect(holding.band).toBe(band);

    expect((await graphql(platform.gatewayUrl, SCALE, {}, await asPartner(0))).data!.scoreScale).toEqual(scale);
    expect(codesOf(await graphql(platform.gatewayUrl, SCALE, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('what-if simulation', () => {
  const SIMULATE = `query S($scenario: ScoreScenario!) { me { creditScore { value history { value } } scoreSimulation(scenario: $scenario) {
    currentValue projectedValue change projectedBand changed reasons { characteristic pointsLost } categories { category points }
  } } }`;
  const overdrawn = applicants.findIndex((a) => a.characteristics.checkingStatus === 'NEGATIVE_BALANCE') + 1;

  test('projects the score with a changed characteristic and stores nothing', async () => {
    const caller = await asUser(overdrawn);
    const response = await graphql(
      platform.gatewayUrl,
      SIMULATE,
      { scenario: { checkingStatus: 'AT_LEAST_200' } },
      caller,
    );
    expect(response.errors).toBeUndefined();
    const { creditScore, scoreSimulation } = response.data!.me;
    const expected = scoreCharacteristics(model, {
      ...applicants[overdrawn - 1].characteristics,
      checkingStatus: 'AT_LEAST_200',
    });
    expect(scoreSimulation.currentValue).toBe(creditScore.value);
    expect(scoreSimulation.projectedValue).toBe(expected.value);
    expect(scoreSimulation.change).toBe(expected.value - creditScore.value);
    expect(scoreSimulation.changed).toEqual(['checkingStatus']);
    expect(scoreSimulation.reasons).toEqual(
      expected.reasons.map(({ characteristic, pointsLost }) => ({ characteristic, pointsLost })),
    );
    expect(creditScore.history).toHaveLength(1);
  });

  test("is the consumer's alone", async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        query S($id: ID!) {
          user(id: $id) {
            scoreSimulation(scenario: { savingsStatus: AT_LEAST_1000 }) {
              projectedValue
            }
          }
        }
      `,
      { id: idAtPartner(0, userId(1)) },
      await asPartner(0),
    );
    expect(response.data!.user.scoreSimulation).toBeNull();
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  test.each([
    ['an impossible instalment rate', { installmentRatePercent: 9 }],
    ['a negative loan amount', { creditAmount: -100 }],
  ])('rejects %s with BAD_USER_INPUT', async (_, scenario) => {
    const response = await graphql(platform.gatewayUrl, SIMULATE, { scenario }, await asUser(1));
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });
});

import { readFileSync } from 'node:fs';
import { loadGermanCredit } from '../../shared/data/german-credit';
import {
  CATEGORY_OF,
  SCORECARD_IN_PRODUCTION,
  fitSpecOf,
  loadScorecard,
  scorecardFile,
  validateScorecard,
  type ScorecardModel,
} from '../../scorecard';
import { buildArtefact, serialiseArtefact } from '../../scorecard/fit/artefact';

const checkedIn = readFileSync(scorecardFile('scorecard-v1'), 'utf8');
const copy = (): ScorecardModel => JSON.parse(checkedIn) as ScorecardModel;

/** The least cross-validated AUC each version records (v2 trades AUC for fairness: see docs/scorecard-frontier.md). */
const MINIMUM_AUC: Record<string, number> = { 'scorecard-v1': 0.76, 'scorecard-v2': 0.74 };

describe.each(['scorecard-v1', 'scorecard-v2'])('the checked-in artefact %s', (version) => {
  const file = readFileSync(scorecardFile(version), 'utf8');
  const model = loadScorecard(version);

  test('is reproduced byte for byte by refitting on the data the way it records', () => {
    expect(serialiseArtefact(buildArtefact(loadGermanCredit(), version, fitSpecOf(model)))).toBe(file);
  });

  test(`records a cross-validated AUC of at least ${MINIMUM_AUC[version]}`, () => {
    expect(model.evaluation.folds).toBe(25);
    expect(model.evaluation.auc.mean).toBeGreaterThanOrEqual(MINIMUM_AUC[version]);
    expect(model.evaluation.pooledOutOfFold.auc).toBeGreaterThanOrEqual(MINIMUM_AUC[version]);
    expect(model.evaluation.gini.mean).toBeCloseTo(2 * model.evaluation.auc.mean - 1, 3);
  });

  test('puts every characteristic in its fixed category', () => {
    for (const c of model.characteristics) expect(c.category).toBe(CATEGORY_OF[c.name]);
  });

  test('gives no points to a characteristic it does not score, and says why', () => {
    const unscored = model.characteristics.filter((c) => !c.scored);
    for (const c of unscored) {
      expect(c.bins.every((b) => b.points === 0)).toBe(true);
      expect(c.note).toMatch(/^(Not scored|Credence never scores)/);
    }
    const dropped = model.method.droppedCharacteristics.map((d) => d.name);
    expect(
      unscored
        .map((c) => c.name)
        .filter((n) => n !== 'otherDebtors')
        .sort(),
    ).toEqual([...dropped].sort());
  });

  test('keeps a positive coefficient for every scored characteristic', () => {
    for (const c of model.characteristics.filter((k) => k.scored)) expect(c.coefficient).toBeGreaterThan(0);
  });

  test('places the cut-off at the lowest score whose probability of default is at most 1/6', () => {
    const pd = (score: number) => 1 / (1 + Math.exp((score - model.scaling.offset) / model.scaling.factor));
    expect(pd(model.cutOff.score)).toBeLessThanOrEqual(1 / 6);
    expect(pd(model.cutOff.score - 1)).toBeGreaterThan(1 / 6);
    expect(model.bands.find((b) => b.band === 'GOOD')?.minScore).toBe(model.cutOff.score);
  });

  test('flags each fairness ratio against the four-fifths rule', () => {
    const checks = model.evaluation.fairness.checks;
    expect(checks.map((c) => c.attribute)).toEqual(['sex', 'foreignWorker', 'age']);
    for (const c of checks) {
      const rates = c.groups.map((g) => g.approvalRate);
      expect(c.approvalRateRatio).toBeCloseTo(Math.min(...rates) / Math.max(...rates), 3);
      expect(c.passesFourFifthsRule).toBe(c.approvalRateRatio >= 0.8);
    }
  });
});

describe('the two versions', () => {
  const v1 = loadScorecard('scorecard-v1');
  const v2 = loadScorecard('scorecard-v2');

  test('v1 records no fit (it was fitted before the search), and loading without a version gives the production model', () => {
    expect(v1.method.fit).toBeUndefined();
    expect(loadScorecard().version).toBe(SCORECARD_IN_PRODUCTION);
  });

  test('v2 records its domain-monotone fit, and passes four-fifths for age and foreign-worker status where v1 fails', () => {
    expect(v2.method.fit?.monotonicity).toBe('domain');
    const ratio = (m: ScorecardModel, attribute: string) =>
      m.evaluation.fairness.checks.find((c) => c.attribute === attribute)!;
    for (const attribute of ['age', 'foreignWorker']) {
      expect(ratio(v1, attribute).passesFourFifthsRule).toBe(false);
      expect(ratio(v2, attribute).passesFourFifthsRule).toBe(true);
    }
    expect(v2.evaluation.fairness.note).toMatch(
      /never model inputs, bins or thresholds, and one cut-off applies to everyone/,
    );
  });

  test('loading refuses a name that is not a version, and a version without an artefact', () => {
    expect(() => loadScorecard('../../etc/passwd')).toThrow(/not a scorecard version/);
    expect(() => loadScorecard('scorecard-v9')).toThrow(/ENOENT/);
  });
});

describe('validation of an artefact', () => {
  test.each<[string, (m: ScorecardModel) => void, RegExp]>([
    [
      'a relationships bin with points',
      (m) => (m.characteristics.find((c) => c.name === 'otherDebtors')!.bins[0].points = 5),
      /otherDebtors is not scored but has points/,
    ],
    [
      'a scored relationships characteristic',
      (m) => (m.characteristics.find((c) => c.name === 'otherDebtors')!.scored = true),
      /otherDebtors must never be scored/,
    ],
    [
      'a categorical value without a bin',
      (m) => m.characteristics.find((c) => c.name === 'housing')!.bins.pop(),
      /housing has no bin for/,
    ],
    ['a stale achievable range', (m) => (m.scaling.achievableMax += 1), /achievable range does not match/],
    [
      'points falling up a natural order',
      (m) => (m.characteristics.find((c) => c.name === 'employmentSince')!.bins.at(-1)!.points -= 20),
      /employmentSince loses points from ONE_TO_4_YEARS to FOUR_TO_7_YEARS/,
    ],
    [
      'a gap between numeric bins',
      (m) => (m.characteristics.find((c) => c.name === 'durationMonths')!.bins[0].max! -= 1),
      /not contiguous/,
    ],
  ])('rejects %s', (_, tamper, message) => {
    const tampered = copy();
    tamper(tampered);
    expect(() => validateScorecard(tampered)).toThrow(message);
  });
});

import { readFileSync } from 'node:fs';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { CATEGORY_OF, SCORECARD_FILE, loadScorecard, validateScorecard, type ScorecardModel } from '../../scorecard';
import { buildArtefact, serialiseArtefact } from '../../scorecard/fit/artefact';

const checkedIn = readFileSync(SCORECARD_FILE, 'utf8');
const model = loadScorecard();
const copy = (): ScorecardModel => JSON.parse(checkedIn) as ScorecardModel;

describe('the checked-in artefact', () => {
  test('is reproduced byte for byte by refitting on the data', () => {
    expect(serialiseArtefact(buildArtefact(loadGermanCredit()))).toBe(checkedIn);
  });

  test('records a cross-validated AUC of at least 0.76', () => {
    expect(model.evaluation.folds).toBe(25);
    expect(model.evaluation.auc.mean).toBeGreaterThanOrEqual(0.76);
    expect(model.evaluation.pooledOutOfFold.auc).toBeGreaterThanOrEqual(0.76);
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
    expect(unscored.map((c) => c.name).filter((n) => n !== 'otherDebtors')).toEqual(dropped);
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

describe('validation of an artefact', () => {
  test.each<[string, (m: ScorecardModel) => void, RegExp]>([
    ['a relationships bin with points', (m) => (m.characteristics.find((c) => c.name === 'otherDebtors')!.bins[0].points = 5), /otherDebtors is not scored but has points/],
    ['a scored relationships characteristic', (m) => (m.characteristics.find((c) => c.name === 'otherDebtors')!.scored = true), /otherDebtors must never be scored/],
    ['a categorical value without a bin', (m) => m.characteristics.find((c) => c.name === 'housing')!.bins.pop(), /housing has no bin for/],
    ['a stale achievable range', (m) => (m.scaling.achievableMax += 1), /achievable range does not match/],
    ['points falling up a natural order', (m) => (m.characteristics.find((c) => c.name === 'employmentSince')!.bins.at(-1)!.points -= 20), /employmentSince loses points from ONE_TO_4_YEARS to FOUR_TO_7_YEARS/],
    ['a gap between numeric bins', (m) => (m.characteristics.find((c) => c.name === 'durationMonths')!.bins[0].max! -= 1), /not contiguous/],
  ])('rejects %s', (_, tamper, message) => {
    const tampered = copy();
    tamper(tampered);
    expect(() => validateScorecard(tampered)).toThrow(message);
  });
});

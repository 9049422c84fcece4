import { loadGermanCredit } from '../../shared/data/german-credit';
import { findBin, loadScorecard } from '../../scorecard';
import { formatComparison } from '../../scorecard/fit/compare-report';
import { fitLogistic } from '../../scorecard/fit/logistic';
import { groupGapDirections, reweighingWeights } from '../../scorecard/fit/protected-groups';
import { frontierMarkdown, frontierSvg } from '../../scorecard/fit/frontier-report';
import {
  AUC_GOAL,
  DOMAIN_MONOTONE,
  candidateFits,
  choose,
  describeFit,
  frontier,
  proxyStrengths,
  scoreCandidate,
  type CandidateResult,
} from '../../scorecard/fit/search';
import { trainScorecard } from '../../scorecard/fit/train';

/** The search's pieces on small inputs; the full search runs only in npm run scorecard:fit. */

const applicants = loadGermanCredit();
const small = applicants.filter((_, i) => i % 4 === 0);

const result = (name: string, auc: number, ageRatio: number, foreignWorkerRatio: number): CandidateResult => ({
  name,
  fit: DOMAIN_MONOTONE,
  auc,
  pooledAuc: auc,
  cutOffScore: 693,
  approvalRate: 0.35,
  ageRatio,
  foreignWorkerRatio,
});

describe('the candidates', () => {
  const grid = { proxies: 2, maxExcluded: 1, coarseClasses: 2, fairnessPenalties: [0, 0.5], reweighing: [false, true] };
  const fits = candidateFits(['purpose', 'housing'], grid);

  test('leave out or coarsen only proxies, each with every penalty and with and without reweighing, all domain-monotone', () => {
    // structures: none, without housing, without purpose, coarse housing, coarse purpose, both coarse; x 2 penalties x 2 reweighing
    expect(fits).toHaveLength(6 * 2 * 2);
    expect(new Set(fits.map(describeFit)).size).toBe(fits.length);
    for (const fit of fits) {
      expect(fit.monotonicity).toBe('domain');
      expect(fit.excluded.every((name) => ['housing', 'purpose'].includes(name))).toBe(true);
      expect(Object.keys(fit.maxClasses).every((name) => ['housing', 'purpose'].includes(name))).toBe(true);
    }
    expect(describeFit(fits[0])).toBe('domain-monotone');
    expect(candidateFits(['housing', 'purpose'], grid)).toEqual(fits);
  });

  test('a left-out characteristic gets no points and says why', () => {
    const trained = trainScorecard(small, { ...DOMAIN_MONOTONE, excluded: ['housing'] });
    const housing = trained.characteristics.find((c) => c.name === 'housing')!;
    expect(housing.scored).toBe(false);
    expect(housing.bins.every((b) => b.points === 0)).toBe(true);
    expect(housing.note).toMatch(/less-discriminatory-alternative search/);
  });

  test('proxies are ranked by how well they tell the protected groups apart', () => {
    const strengths = proxyStrengths(small);
    const key = (p: { age: number; foreignWorker: number }) => Math.max(p.age, p.foreignWorker);
    expect(strengths.length).toBeGreaterThan(3);
    expect(strengths.map(key)).toEqual([...strengths.map(key)].sort((a, b) => b - a));
  });

  test('each is scored on held-out AUC and both ratios at its own cut-off, the same way every run', () => {
    const first = scoreCandidate(small, DOMAIN_MONOTONE);
    expect(scoreCandidate(small, DOMAIN_MONOTONE)).toEqual(first);
    expect(first.auc).toBeGreaterThan(0.6);
    expect(first.cutOffScore).toBe(693);
    for (const ratio of [first.ageRatio, first.foreignWorkerRatio]) {
      expect(ratio).toBeGreaterThan(0);
      expect(ratio).toBeLessThanOrEqual(1);
    }
  });
});

describe('the fairness levers', () => {
  const groupOf = (a: (typeof applicants)[number]) =>
    `${a.protectedCharacteristics.age < 25}/${a.protectedCharacteristics.foreignWorker}`;

  test('reweighing makes the bad rate the same in every joint age x foreign-worker group that has both outcomes', () => {
    const weights = reweighingWeights(applicants);
    const overall = applicants.filter((a) => a.isBad).length / applicants.length;
    const groups = [...new Set(applicants.map(groupOf))].filter(
      (g) => new Set(applicants.filter((a) => groupOf(a) === g).map((a) => a.isBad)).size === 2,
    );
    // the few young applicants who are not foreign workers include no bad one: no weight can give them a bad rate
    expect(groups).toHaveLength(3);
    for (const group of groups) {
      const members = applicants.map((a, i) => ({ a, w: weights[i] })).filter(({ a }) => groupOf(a) === group);
      const badWeight = members.filter(({ a }) => a.isBad).reduce((s, { w }) => s + w, 0);
      expect(badWeight / members.reduce((s, { w }) => s + w, 0)).toBeCloseTo(overall, 10);
    }
  });

  test('the penalty shrinks the gap in mean log-odds between the groups', () => {
    const trained = trainScorecard(small, DOMAIN_MONOTONE);
    const scored = trained.characteristics.filter((c) => c.scored);
    const rows = small.map((a) => scored.map((c) => findBin(c, a.characteristics[c.name]).woe as number));
    const isGood = small.map((a) => !a.isBad);
    const contrasts = groupGapDirections(small, rows);
    const gaps = (beta: number[]) => contrasts.map((d) => Math.abs(d.reduce((s, v, j) => s + v * beta[j], 0)));
    const plain = gaps(fitLogistic(rows, isGood).coefficients);
    const penalised = gaps(fitLogistic(rows, isGood, { contrasts, contrastPenalty: 1 }).coefficients);
    expect(plain.every((g) => g > 0.05)).toBe(true);
    penalised.forEach((g, i) => expect(g).toBeLessThan(plain[i] / 2));
  });
});

describe('the choice', () => {
  const v1 = result('v1', 0.7855, 0.64, 0.75);

  test('is the candidate passing both ratios with the least AUC loss, and says whether it reaches the goal', () => {
    const results = [
      result('a', 0.78, 0.7, 0.9),
      result('b', 0.76, 0.81, 0.85),
      result('c', 0.77, 0.82, 0.8),
      result('d', 0.75, 0.9, 0.9),
    ];
    const choice = choose(results, v1.auc);
    expect(choice.chosen.name).toBe('c');
    expect([choice.passes, choice.reachesGoal]).toEqual([true, false]);
    expect(choice.rationale).toMatch(/3 of 4 candidates pass .* does not reach the goal of 0\.7755/);
    expect(choose([...results, result('e', AUC_GOAL, 0.8, 0.8)], v1.auc)).toMatchObject({
      chosen: { name: 'e' },
      reachesGoal: true,
    });
  });

  test('when nothing passes, is the best trade-off, and says so', () => {
    const results = [result('a', 0.78, 0.6, 0.9), result('b', 0.776, 0.7, 0.75), result('c', 0.74, 0.79, 0.79)];
    const choice = choose(results, v1.auc);
    expect(choice.chosen.name).toBe('b');
    expect(choice.passes).toBe(false);
    expect(choice.rationale).toMatch(/^No candidate of 3 passes/);
  });

  test('the frontier keeps only candidates nothing beats on both AUC and the smaller ratio', () => {
    const results = [
      result('a', 0.78, 0.6, 0.9),
      result('b', 0.77, 0.5, 0.9),
      result('c', 0.76, 0.7, 0.8),
      result('d', 0.75, 0.65, 0.65),
    ];
    expect(frontier(results).map((c) => c.name)).toEqual(['a', 'c']);
  });

  test('is written as a table and a chart that mark v1 and the choice', () => {
    const results = [result('a', 0.78, 0.6, 0.9), result('c', 0.76, 0.82, 0.8)];
    const choice = choose(results, v1.auc);
    const table = frontierMarkdown(
      v1,
      results,
      choice,
      [{ name: 'housing', age: 0.6, foreignWorker: 0.2 }],
      'chart.svg',
    );
    expect(table).toContain('| **chosen** c | 0.7600 | 0.8200 | 0.8000 | 35.0% |');
    expect(table).toContain('| (v1) v1 | 0.7855 | 0.6400 | 0.7500 | 35.0% |');
    expect(table).toContain('![held-out AUC against the smaller four-fifths ratio](chart.svg)');
    const svg = frontierSvg(v1, results, choice);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('scorecard-v2 (chosen)');
    expect(svg.match(/<circle /g)).toHaveLength(results.length + frontier([v1, ...results]).length + 2);
    // names are escaped: the chart must stay well-formed XML
    const odd = result('housing<=2 & more', 0.75, 0.7, 0.7);
    const text = frontierSvg(v1, [odd], choose([odd], v1.auc)).replace(/<\/?[a-z][^>]*>/g, '');
    expect(text).toContain('housing&lt;=2 &amp; more');
    expect(text).not.toMatch(/[<>]/);
  });
});

describe('the side-by-side report', () => {
  test('puts v1 and v2 in columns: figures, fairness verdicts, calibration and monotonicity', () => {
    const models = ['scorecard-v1', 'scorecard-v2'].map((version) => loadScorecard(version));
    const text = formatComparison(models.map((model) => ({ model, evaluation: model.evaluation })));
    const row = (label: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith(label))!
        .split(/\s{2,}/);
    expect(row('')).toEqual(['', 'scorecard-v1', 'scorecard-v2']);
    expect(row('held-out AUC')).toEqual([
      'held-out AUC (mean ± sd)',
      `${models[0].evaluation.auc.mean} ± ${models[0].evaluation.auc.sd}`,
      `${models[1].evaluation.auc.mean} ± ${models[1].evaluation.auc.sd}`,
    ]);
    expect(row('four-fifths: age')[1]).toMatch(/FAILS$/);
    expect(row('four-fifths: age')[2]).toMatch(/passes$/);
    expect(row('monotone creditHistory')[1]).toMatch(
      /^BREAKS: gives CRITICAL_ACCOUNT \(88\) more points than PAST_DELAYS \(55\)/,
    );
    expect(row('monotone creditHistory')[2]).toMatch(/^monotone/);
    expect(row('calibration GOOD')).toHaveLength(3);
    expect(row('cost per 1,000 at cut-off')[2]).toBe(
      `${models[1].evaluation.cost.totalPerRepetition} (${models[1].evaluation.cost.perApplicant}/applicant)`,
    );
  });
});

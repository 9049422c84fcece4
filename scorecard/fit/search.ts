import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { findBin } from '../format/bins';
import type { CharacteristicName } from '../format/characteristics';
import type { FitSpec } from '../format/types';
import { cutOff } from './bands';
import { crossValidate, type CrossValidationResult } from './cross-validation';
import { FAIRNESS_GROUPINGS, FOUR_FIFTHS, auc, fairness } from './metrics';
import { SEARCH_ATTRIBUTES } from './protected-groups';
import { trainScorecard } from './train';
import { informationValue, roundTo, weightsOfEvidence } from './woe';

/**
 * The less-discriminatory-alternative search: candidate scorecards fitted under the
 * same repeated cross-validation, each judged on held-out AUC and on the four-fifths
 * ratios for age and foreign-worker status at its own cost-optimal cut-off.
 */

/** Within 0.01 of scorecard-v1's mean held-out AUC (0.7855): the issue's bar for "comparable accuracy". */
export const AUC_GOAL = 0.7755;

export const DOMAIN_MONOTONE: FitSpec = {
  monotonicity: 'domain',
  excluded: [],
  maxClasses: {},
  fairnessPenalty: 0,
  reweighing: false,
};

export const SEARCH_GRID = {
  /** how many of the characteristics most associated with a protected group are treated as proxies */
  proxies: 5,
  /** the most proxies left out at once */
  maxExcluded: 2,
  /** the coarser classing tried on proxies */
  coarseClasses: 2,
  fairnessPenalties: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1],
  reweighing: [false, true],
};

export interface ProxyStrength {
  name: CharacteristicName;
  /** information value of the characteristic's classes for telling each group apart */
  age: number;
  foreignWorker: number;
}

export interface CandidateResult {
  name: string;
  fit: FitSpec;
  /** mean over the held-out folds, like the artefacts' evaluation.auc.mean */
  auc: number;
  pooledAuc: number;
  cutOffScore: number;
  approvalRate: number;
  ageRatio: number;
  foreignWorkerRatio: number;
}

export const minRatio = (c: Pick<CandidateResult, 'ageRatio' | 'foreignWorkerRatio'>) =>
  Math.min(c.ageRatio, c.foreignWorkerRatio);
export const passesFourFifths = (c: CandidateResult) =>
  c.ageRatio >= FOUR_FIFTHS && c.foreignWorkerRatio >= FOUR_FIFTHS;

/**
 * How strongly each scored characteristic of the domain-monotone model stands in for
 * a protected group: the information value of its classes with group membership in
 * place of the outcome. Strongest first (by the larger of the two), ties by name.
 */
export function proxyStrengths(applicants: GermanCreditApplicant[]): ProxyStrength[] {
  const model = trainScorecard(applicants, DOMAIN_MONOTONE);
  const strength = (name: CharacteristicName, attribute: (typeof SEARCH_ATTRIBUTES)[number]): number => {
    const c = model.characteristics.find((k) => k.name === name)!;
    const { groupOf } = FAIRNESS_GROUPINGS.find((g) => g.attribute === attribute)!;
    const minority = [...new Set(applicants.map((a) => groupOf(a.protectedCharacteristics)))]
      .map((group) => ({ group, n: applicants.filter((a) => groupOf(a.protectedCharacteristics) === group).length }))
      .sort((a, b) => a.n - b.n)[0].group;
    const classes = c.bins.map((bin) => {
      const members = applicants.filter((a) => findBin(c, a.characteristics[name]) === bin);
      return {
        applicants: members.length,
        bads: members.filter((a) => groupOf(a.protectedCharacteristics) === minority).length,
      };
    });
    const woe = weightsOfEvidence(classes);
    return roundTo(Math.abs(informationValue(classes.map((k, i) => ({ ...k, woe: woe[i] })))), 4);
  };
  return model.characteristics
    .filter((c) => c.scored)
    .map((c) => ({ name: c.name, age: strength(c.name, 'age'), foreignWorker: strength(c.name, 'foreignWorker') }))
    .sort((a, b) => Math.max(b.age, b.foreignWorker) - Math.max(a.age, a.foreignWorker) || (a.name < b.name ? -1 : 1));
}

function subsets<T>(items: readonly T[], maxSize: number): T[][] {
  const out: T[][] = [[]];
  for (const item of items) for (const s of [...out]) if (s.length < maxSize) out.push([...s, item]);
  return out.sort((a, b) => a.length - b.length);
}

/** A short, unique, readable name for a fit. */
export function describeFit(fit: FitSpec): string {
  const parts = [fit.monotonicity === 'data' ? 'data-monotone' : 'domain-monotone'];
  if (fit.excluded.length) parts.push(`without ${fit.excluded.join('+')}`);
  const coarse = Object.entries(fit.maxClasses).map(([name, max]) => `${name} ≤ ${max}`);
  if (coarse.length) parts.push(`coarse ${coarse.join('+')}`);
  if (fit.fairnessPenalty > 0) parts.push(`penalty ${fit.fairnessPenalty}`);
  if (fit.reweighing) parts.push('reweighed');
  return parts.join(', ');
}

/**
 * Every candidate, in a fixed order (simplest first): proxies left out (up to
 * maxExcluded at once) or coarsened, each with every fairness penalty and with and
 * without reweighing. Always domain-monotone: no candidate may run backwards.
 */
export function candidateFits(proxies: readonly CharacteristicName[], grid = SEARCH_GRID): FitSpec[] {
  const sorted = [...proxies].sort();
  const structures: Pick<FitSpec, 'excluded' | 'maxClasses'>[] = [
    ...subsets(sorted, grid.maxExcluded).map((excluded) => ({ excluded, maxClasses: {} })),
    ...sorted.map((name) => ({ excluded: [], maxClasses: { [name]: grid.coarseClasses } })),
    { excluded: [], maxClasses: Object.fromEntries(sorted.map((name) => [name, grid.coarseClasses])) },
  ];
  return structures.flatMap((structure) =>
    grid.reweighing.flatMap((reweighing) =>
      grid.fairnessPenalties.map((fairnessPenalty): FitSpec => ({
        ...DOMAIN_MONOTONE,
        ...structure,
        fairnessPenalty,
        reweighing,
      })),
    ),
  );
}

/** Held-out AUC and both four-fifths ratios of one candidate, at its own cost-optimal cut-off. */
export function scoreCandidate(
  applicants: GermanCreditApplicant[],
  fit: FitSpec,
  cv: CrossValidationResult = crossValidate(applicants, fit),
): CandidateResult {
  // the lowest score at which its own PD is at most 1/6; every fold's model shares the final model's scaling
  const cutOffScore = cutOff(trainScorecard(applicants, fit).scaling).score;
  const repetitions = cv.predictions.length / applicants.length;
  const ratio = (attribute: string) =>
    fairness(cv.predictions, cutOffScore, repetitions).find((c) => c.attribute === attribute)!.approvalRateRatio;
  return {
    name: describeFit(fit),
    fit,
    auc: roundTo(cv.foldAuc.reduce((s, a) => s + a, 0) / cv.foldAuc.length, 4),
    pooledAuc: roundTo(
      auc(
        cv.predictions.map((p) => p.score),
        cv.predictions.map((p) => p.isBad),
      ),
      4,
    ),
    cutOffScore,
    approvalRate: roundTo(cv.predictions.filter((p) => p.score >= cutOffScore).length / cv.predictions.length, 4),
    ageRatio: roundTo(ratio('age'), 4),
    foreignWorkerRatio: roundTo(ratio('foreignWorker'), 4),
  };
}

/** The candidates no other beats on both held-out AUC and the smaller ratio, by AUC descending. */
export function frontier(results: readonly CandidateResult[]): CandidateResult[] {
  const dominated = (c: CandidateResult) =>
    results.some((o) => o.auc >= c.auc && minRatio(o) >= minRatio(c) && (o.auc > c.auc || minRatio(o) > minRatio(c)));
  const seen = new Set<string>();
  return results
    .filter((c) => !dominated(c))
    .sort((a, b) => b.auc - a.auc || minRatio(b) - minRatio(a))
    .filter((c) => {
      const key = `${c.auc}/${minRatio(c)}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
}

export interface Choice {
  chosen: CandidateResult;
  /** both ratios at least 0.8 */
  passes: boolean;
  /** held-out AUC at least AUC_GOAL */
  reachesGoal: boolean;
  rationale: string;
}

/**
 * The model with both ratios at least 0.8 and the least AUC loss. If none passes,
 * the best trade-off: the frontier point with the highest smaller ratio among those
 * within the AUC goal, or failing that the one with the highest smaller ratio per
 * AUC point given up. Ties go to the earlier (simpler) candidate.
 */
export function choose(results: readonly CandidateResult[], baselineAuc: number, goal = AUC_GOAL): Choice {
  const firstBest = (pool: readonly CandidateResult[], key: (c: CandidateResult) => number) =>
    pool.reduce((best, c) => (key(c) > key(best) ? c : best));
  const passing = results.filter(passesFourFifths);
  if (passing.length) {
    const chosen = firstBest(passing, (c) => c.auc);
    const reachesGoal = chosen.auc >= goal;
    return {
      chosen,
      passes: true,
      reachesGoal,
      rationale:
        `${passing.length} of ${results.length} candidates pass four-fifths for both age and foreign-worker status; this one loses the least ` +
        `held-out AUC (${chosen.auc} against ${baselineAuc}). ` +
        (reachesGoal
          ? `It reaches the goal of ${goal}.`
          : `It does not reach the goal of ${goal}: no candidate passing both ratios does.`),
    };
  }
  const withinGoal = results.filter((c) => c.auc >= goal);
  const chosen = withinGoal.length
    ? firstBest(withinGoal, minRatio)
    : firstBest(results, (c) => minRatio(c) / Math.max(baselineAuc - c.auc, 0.001));
  return {
    chosen,
    passes: false,
    reachesGoal: chosen.auc >= goal,
    rationale:
      `No candidate of ${results.length} passes four-fifths for both age and foreign-worker status. Best trade-off chosen: ` +
      (withinGoal.length
        ? `the highest smaller ratio among candidates reaching the AUC goal of ${goal}.`
        : `none reaches the AUC goal of ${goal}; the highest smaller ratio per AUC point given up.`),
  };
}

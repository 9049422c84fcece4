import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { FAIRNESS_GROUPINGS } from './metrics';

/**
 * The two attributes the less-discriminatory-alternative search is judged on (issue:
 * applicants under 25 against those 25 and over; foreign workers against the rest).
 * Used only to shape the training objective and to measure: never an input, a bin or
 * a threshold, so two applicants with the same answers always get the same score.
 */
export const SEARCH_ATTRIBUTES = ['age', 'foreignWorker'] as const;

const SEARCH_GROUPINGS = FAIRNESS_GROUPINGS.filter((g) =>
  (SEARCH_ATTRIBUTES as readonly string[]).includes(g.attribute),
);

function groupKey(applicant: GermanCreditApplicant): string {
  return SEARCH_GROUPINGS.map((g) => g.groupOf(applicant.protectedCharacteristics)).join('/');
}

/**
 * Reweighing (Kamiran and Calders, 2012): each applicant weighs P(group) P(outcome) /
 * P(group, outcome), so in the weighted training set the outcome is independent of
 * the joint protected group and a fit cannot learn the groups' different bad rates
 * through their proxies.
 */
export function reweighingWeights(training: readonly GermanCreditApplicant[]): number[] {
  const count = new Map<string, number>();
  const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const a of training) {
    add(`g:${groupKey(a)}`);
    add(`y:${a.isBad}`);
    add(`gy:${groupKey(a)}:${a.isBad}`);
  }
  const n = training.length;
  const of = (key: string) => count.get(key) as number;
  return training.map((a) => (of(`g:${groupKey(a)}`) * of(`y:${a.isBad}`)) / (n * of(`gy:${groupKey(a)}:${a.isBad}`)));
}

/**
 * Per search attribute, the gap between its two groups' mean feature rows: d·beta is
 * then the gap between the groups' mean log-odds, which the fairness-penalised fit
 * shrinks (a covariance constraint in the manner of Zafar et al., 2017).
 */
export function groupGapDirections(training: readonly GermanCreditApplicant[], rows: readonly number[][]): number[][] {
  const width = rows[0]?.length ?? 0;
  return SEARCH_GROUPINGS.map(({ groupOf }) => {
    const groups = [...new Set(training.map((a) => groupOf(a.protectedCharacteristics)))].sort();
    const mean = (group: string) => {
      const members = rows.filter((_, i) => groupOf(training[i].protectedCharacteristics) === group);
      return Array.from(
        { length: width },
        (_, j) => members.reduce((s, r) => s + r[j], 0) / Math.max(members.length, 1),
      );
    };
    if (groups.length < 2) return new Array<number>(width).fill(0);
    const [a, b] = groups.map(mean);
    return a.map((v, j) => v - b[j]);
  });
}

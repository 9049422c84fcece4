import type { ProtectedCharacteristics } from '../../shared/data/german-credit';
import { bandForScore } from '../format/scaling';
import type { BandCut, CalibrationRow, FairnessCheck, GroupApproval } from '../format/types';

/** Higher score = lower risk throughout. */
export interface Prediction {
  score: number;
  probabilityOfDefault: number;
  isBad: boolean;
  protectedCharacteristics: ProtectedCharacteristics;
}

export const FOUR_FIFTHS = 0.8;
export const COST_BAD_APPROVED = 5;
export const COST_GOOD_REJECTED = 1;

/** Probability that a random good outscores a random bad (ties count half): Mann–Whitney with mid-ranks. */
export function auc(scores: readonly number[], isBad: readonly boolean[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  const rank = new Array<number>(scores.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    for (let k = start; k <= end; k++) rank[order[k]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  const goods = isBad.filter((b) => !b).length;
  const bads = isBad.length - goods;
  if (goods === 0 || bads === 0) throw new Error('auc: needs both goods and bads');
  const goodRankSum = rank.reduce((s, r, i) => s + (isBad[i] ? 0 : r), 0);
  return (goodRankSum - (goods * (goods + 1)) / 2) / (goods * bads);
}

/** Largest gap between the cumulative score distributions of bads and goods. */
export function ks(scores: readonly number[], isBad: readonly boolean[]): number {
  const bads = isBad.filter(Boolean).length;
  const goods = isBad.length - bads;
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  let best = 0;
  for (const threshold of distinct) {
    let badBelow = 0;
    let goodBelow = 0;
    scores.forEach((s, i) => {
      if (s <= threshold) {
        if (isBad[i]) badBelow++;
        else goodBelow++;
      }
    });
    best = Math.max(best, Math.abs(badBelow / bads - goodBelow / goods));
  }
  return best;
}

export function calibration(
  predictions: readonly Prediction[],
  bands: readonly BandCut[],
  repetitions: number,
): CalibrationRow[] {
  return bands.map((cut) => {
    const inBand = predictions.filter((p) => bandForScore(bands, p.score) === cut.band);
    const n = inBand.length;
    return {
      band: cut.band,
      minScore: cut.minScore,
      applicants: n / repetitions,
      meanPredictedPd: n ? inBand.reduce((s, p) => s + p.probabilityOfDefault, 0) / n : 0,
      observedBadRate: n ? inBand.filter((p) => p.isBad).length / n : 0,
    };
  });
}

export function misclassificationCost(predictions: readonly Prediction[], cutOffScore: number) {
  const approved = (p: Prediction) => p.score >= cutOffScore;
  const badApproved = predictions.filter((p) => p.isBad && approved(p)).length;
  const goodRejected = predictions.filter((p) => !p.isBad && !approved(p)).length;
  return {
    badApproved,
    goodRejected,
    approved: predictions.filter(approved).length,
    total: COST_BAD_APPROVED * badApproved + COST_GOOD_REJECTED * goodRejected,
  };
}

type Grouping = { attribute: FairnessCheck['attribute']; groupOf: (p: ProtectedCharacteristics) => string };

export const FAIRNESS_GROUPINGS: Grouping[] = [
  { attribute: 'sex', groupOf: (p) => p.sex },
  { attribute: 'foreignWorker', groupOf: (p) => (p.foreignWorker ? 'FOREIGN_WORKER' : 'NOT_FOREIGN_WORKER') },
  { attribute: 'age', groupOf: (p) => (p.age < 25 ? 'UNDER_25' : '25_AND_OVER') },
];

/** Approval-rate ratio (lower / higher) per protected attribute at the cut-off, against the four-fifths rule. */
export function fairness(
  predictions: readonly Prediction[],
  cutOffScore: number,
  repetitions: number,
): FairnessCheck[] {
  return FAIRNESS_GROUPINGS.map(({ attribute, groupOf }) => {
    const names = [...new Set(predictions.map((p) => groupOf(p.protectedCharacteristics)))].sort();
    const groups: GroupApproval[] = names.map((group) => {
      const members = predictions.filter((p) => groupOf(p.protectedCharacteristics) === group);
      const approved = members.filter((p) => p.score >= cutOffScore).length;
      return { group, applicants: members.length / repetitions, approvalRate: approved / members.length };
    });
    const rates = groups.map((g) => g.approvalRate);
    const ratio = Math.min(...rates) / Math.max(...rates);
    return { attribute, groups, approvalRateRatio: ratio, passesFourFifthsRule: ratio >= FOUR_FIFTHS };
  });
}

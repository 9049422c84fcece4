import { isDeepStrictEqual } from 'node:util';
import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { DATA_MONOTONE_FIT } from '../format/model';
import type { BandCut, Evaluation, FitSpec, MeanSd } from '../format/types';
import { CROSS_VALIDATION, crossValidate } from './cross-validation';
import { auc, calibration, fairness, ks, misclassificationCost } from './metrics';
import { roundTo } from './woe';

const r4 = (x: number) => roundTo(x, 4);

function meanSd(values: number[]): MeanSd {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean: r4(mean), sd: r4(Math.sqrt(variance)) };
}

function fairnessNote(fit: FitSpec): string {
  if (isDeepStrictEqual(fit, DATA_MONOTONE_FIT)) {
    return (
      'Measured at the cut-off on out-of-fold predictions. Sex, age and foreign-worker status are never model inputs and were ' +
      'not used to choose bins, characteristics, scaling or the cut-off; the ratios are reported as found.'
    );
  }
  const shaping = [
    fit.reweighing ? 'to weight the training applicants' : '',
    fit.fairnessPenalty > 0 ? 'to penalise group gaps in the fit' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    'Measured at the cut-off on out-of-fold predictions. Sex, age and foreign-worker status are never model inputs, bins or thresholds, ' +
    'and one cut-off applies to everyone. Age (under 25) and foreign-worker status were used to choose this model among the ' +
    `candidates of the less-discriminatory-alternative search${shaping ? ` and ${shaping}` : ''}.`
  );
}

/**
 * Held-out evaluation of the whole fitting procedure. Calibration, cost and fairness
 * pool the out-of-fold predictions of every repetition; counts are per repetition
 * so they read as "out of 1,000 applicants".
 */
export function evaluate(
  applicants: GermanCreditApplicant[],
  bands: BandCut[],
  cutOffScore: number,
  inSampleAuc: number,
  fit: FitSpec = DATA_MONOTONE_FIT,
): Evaluation {
  const { folds, repetitions, seed } = CROSS_VALIDATION;
  const cv = crossValidate(applicants, fit);
  const pooled = cv.predictions;
  const pooledAuc = auc(
    pooled.map((p) => p.score),
    pooled.map((p) => p.isBad),
  );
  const cost = misclassificationCost(pooled, cutOffScore);
  const bads = applicants.filter((a) => a.isBad).length;
  return {
    method:
      `Stratified ${folds}-fold cross-validation repeated ${repetitions} times (seeded PRNG, seed ${seed}); coarse classing, ` +
      'weight of evidence, information-value screening, logistic regression and points are all refitted inside every training fold.',
    folds: folds * repetitions,
    auc: meanSd(cv.foldAuc),
    gini: meanSd(cv.foldAuc.map((a) => 2 * a - 1)),
    ks: meanSd(cv.foldKs),
    pooledOutOfFold: {
      auc: r4(pooledAuc),
      gini: r4(2 * pooledAuc - 1),
      ks: r4(
        ks(
          pooled.map((p) => p.score),
          pooled.map((p) => p.isBad),
        ),
      ),
    },
    inSampleAuc: r4(inSampleAuc),
    calibration: calibration(pooled, bands, repetitions).map((row) => ({
      ...row,
      applicants: r4(row.applicants),
      meanPredictedPd: r4(row.meanPredictedPd),
      observedBadRate: r4(row.observedBadRate),
    })),
    cost: {
      matrix: 'bad approved = 5, good rejected = 1 (german.doc)',
      totalPerRepetition: r4(cost.total / repetitions),
      perApplicant: r4(cost.total / pooled.length),
      badApprovedPerRepetition: r4(cost.badApproved / repetitions),
      goodRejectedPerRepetition: r4(cost.goodRejected / repetitions),
      approvalRate: r4(cost.approved / pooled.length),
      approveEveryoneCost: 5 * bads,
      rejectEveryoneCost: applicants.length - bads,
    },
    fairness: {
      rule: 'four-fifths: approval rate of the less-approved group >= 0.8 x that of the more-approved group',
      note: fairnessNote(fit),
      checks: fairness(pooled, cutOffScore, repetitions).map((check) => ({
        ...check,
        groups: check.groups.map((g) => ({ ...g, applicants: r4(g.applicants), approvalRate: r4(g.approvalRate) })),
        approvalRateRatio: r4(check.approvalRateRatio),
      })),
    },
  };
}

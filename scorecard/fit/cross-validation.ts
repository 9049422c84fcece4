import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { mulberry32 } from '../../shared/random';
import { DATA_MONOTONE_FIT } from '../format/model';
import type { FitSpec } from '../format/types';
import { auc, ks, type Prediction } from './metrics';
import { scoreWith, trainScorecard } from './train';

export const CROSS_VALIDATION = { folds: 5, repetitions: 5, seed: 20240404 };

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Fold number per applicant, dealing bads and goods round-robin so each fold keeps the 30% bad rate. */
export function stratifiedFolds(isBad: readonly boolean[], folds: number, random: () => number): number[] {
  const fold = new Array<number>(isBad.length);
  const indices = isBad.map((_, i) => i);
  const dealt = [
    ...shuffle(
      indices.filter((i) => isBad[i]),
      random,
    ),
    ...shuffle(
      indices.filter((i) => !isBad[i]),
      random,
    ),
  ];
  dealt.forEach((applicant, position) => (fold[applicant] = position % folds));
  return fold;
}

export interface CrossValidationResult {
  foldAuc: number[];
  foldKs: number[];
  /** one out-of-fold prediction per applicant per repetition */
  predictions: Prediction[];
}

/**
 * Repeated stratified k-fold: binning, weight of evidence, regression and points are
 * all refitted on each training part, so no held-out outcome leaks into its score.
 */
export function crossValidate(
  applicants: GermanCreditApplicant[],
  fit: FitSpec = DATA_MONOTONE_FIT,
  options = CROSS_VALIDATION,
): CrossValidationResult {
  const random = mulberry32(options.seed);
  const result: CrossValidationResult = { foldAuc: [], foldKs: [], predictions: [] };
  for (let repetition = 0; repetition < options.repetitions; repetition++) {
    const fold = stratifiedFolds(
      applicants.map((a) => a.isBad),
      options.folds,
      random,
    );
    for (let k = 0; k < options.folds; k++) {
      const model = trainScorecard(
        applicants.filter((_, i) => fold[i] !== k),
        fit,
      );
      const heldOut = applicants.filter((_, i) => fold[i] === k);
      const predictions = heldOut.map((a): Prediction => {
        const { score, probabilityOfDefault } = scoreWith(model, a.characteristics);
        return { score, probabilityOfDefault, isBad: a.isBad, protectedCharacteristics: a.protectedCharacteristics };
      });
      const scores = predictions.map((p) => p.score);
      const isBad = predictions.map((p) => p.isBad);
      result.foldAuc.push(auc(scores, isBad));
      result.foldKs.push(ks(scores, isBad));
      result.predictions.push(...predictions);
    }
  }
  return result;
}

import type { GermanCreditApplicant, ScoringCharacteristics } from '../../shared/data/german-credit';
import { findBin } from '../format/bins';
import {
  CATEGORICAL_DOMAINS,
  CATEGORY_OF,
  CHARACTERISTIC_NAMES,
  DOMAIN_ORDERS,
  NUMERIC_RISK_DIRECTIONS,
  ORDINAL_ORDERS,
  RELATIONSHIPS_POLICY,
  UNSCORED_CATEGORY,
  type CategoricalValue,
  type CharacteristicName,
} from '../format/characteristics';
import { probabilityOfDefaultForScore } from '../format/scaling';
import { DATA_MONOTONE_FIT } from '../format/model';
import type { FitSpec, ScalingParameters, ScorecardCharacteristic } from '../format/types';
import {
  NUMERIC_LOWER_BOUND,
  coarseClassCategorical,
  coarseClassNumeric,
  coarseClassOrdinal,
  coarseClassTiered,
  coarsen,
  type CoarseClass,
} from './binning';
import { fitLogistic } from './logistic';
import { groupGapDirections, reweighingWeights } from './protected-groups';
import { assignPoints } from './points';
import { MIN_INFORMATION_VALUE, informationValue, roundTo, weightsOfEvidence } from './woe';

export interface TrainedScorecard {
  intercept: number;
  characteristics: ScorecardCharacteristic[];
  dropped: { name: CharacteristicName; reason: string }[];
  scaling: ScalingParameters;
}

function label(c: CoarseClass): string {
  if (c.values) return c.values.map((v) => (v === true ? 'YES' : v === false ? 'NO' : v)).join(' or ');
  const min = c.min as number;
  if (c.max === null || c.max === undefined) return `${min} or more`;
  if (min === NUMERIC_LOWER_BOUND) return `up to ${c.max - 1}`;
  return c.max - 1 === min ? `${min}` : `${min}–${c.max - 1}`;
}

function classesFor(name: CharacteristicName, values: unknown[], isBad: boolean[], fit: FitSpec): CoarseClass[] {
  const domain = CATEGORICAL_DOMAINS[name];
  const categorical = values as CategoricalValue[];
  if (fit.monotonicity === 'data') {
    const order = ORDINAL_ORDERS[name];
    if (!domain) return coarseClassNumeric(values as number[], isBad);
    return order
      ? coarseClassOrdinal(domain, order, categorical, isBad)
      : coarseClassCategorical(domain, categorical, isBad);
  }
  const tiers = DOMAIN_ORDERS[name];
  const classes = !domain
    ? coarseClassNumeric(values as number[], isBad, NUMERIC_RISK_DIRECTIONS[name])
    : tiers
      ? coarseClassTiered(domain, tiers, categorical, isBad)
      : coarseClassCategorical(domain, categorical, isBad);
  const max = fit.maxClasses[name];
  return max === undefined ? classes : coarsen(classes, max, tiers);
}

function characteristicFor(
  name: CharacteristicName,
  training: GermanCreditApplicant[],
  fit: FitSpec,
): ScorecardCharacteristic {
  const values = training.map((a) => a.characteristics[name]);
  const isBad = training.map((a) => a.isBad);
  const domain = CATEGORICAL_DOMAINS[name];
  const base = {
    name,
    category: CATEGORY_OF[name],
    kind: domain ? 'categorical' : 'numeric',
    scored: false,
    coefficient: 0,
  } as const;
  if (CATEGORY_OF[name] === UNSCORED_CATEGORY) {
    // no outcome is counted and no weight of evidence computed: the data are never consulted
    const bins = (domain ?? []).map((v) => ({ label: label({ values: [v], applicants: 0, bads: 0 }), values: [v] }));
    const counted = bins.map((b) => ({
      ...b,
      applicants: values.filter((v) => v === b.values[0]).length,
      bads: null,
      woe: null,
      points: 0,
    }));
    return { ...base, note: RELATIONSHIPS_POLICY, bins: counted };
  }
  const classes = classesFor(name, values, isBad, fit);
  const woe = weightsOfEvidence(classes);
  const bins = classes.map((c, i) => ({ label: label(c), ...c, woe: woe[i], points: 0 }));
  return { ...base, note: '', bins };
}

export const EXCLUDED_NOTE =
  'Not scored: left out by the less-discriminatory-alternative search, which found a model without it that treats age and foreign-worker groups more evenly.';

/**
 * Bins, weight of evidence, regression and points from one training set. Used both
 * inside every cross-validation fold and for the final model, so the held-out
 * figures measure exactly the procedure that produced the artefact. The fit spec
 * says how (DATA_MONOTONE_FIT is scorecard-v1's procedure, unchanged).
 */
export function trainScorecard(training: GermanCreditApplicant[], fit: FitSpec = DATA_MONOTONE_FIT): TrainedScorecard {
  const characteristics = CHARACTERISTIC_NAMES.map((name) => characteristicFor(name, training, fit));
  const dropped: TrainedScorecard['dropped'] = [];
  let candidates = characteristics.filter((c) => {
    if (c.category === UNSCORED_CATEGORY) return false;
    if (fit.excluded.includes(c.name)) {
      c.note = EXCLUDED_NOTE;
      dropped.push({ name: c.name, reason: c.note });
      return false;
    }
    const iv = informationValue(c.bins as { applicants: number; bads: number; woe: number }[]);
    if (iv >= MIN_INFORMATION_VALUE) return true;
    c.note = `Not scored: information value ${roundTo(iv, 4)} on the training data is below ${MIN_INFORMATION_VALUE}, the usual threshold for a characteristic that does not separate goods from bads.`;
    dropped.push({ name: c.name, reason: c.note });
    return false;
  });
  const isGood = training.map((a) => !a.isBad);
  const weights = fit.reweighing ? reweighingWeights(training) : undefined;
  for (;;) {
    const rows = training.map((a) => candidates.map((c) => findBin(c, a.characteristics[c.name]).woe ?? 0));
    const contrasts = fit.fairnessPenalty > 0 ? groupGapDirections(training, rows) : [];
    const fitted = fitLogistic(rows, isGood, { weights, contrasts, contrastPenalty: fit.fairnessPenalty });
    const coefficients = fitted.coefficients.map((b) => roundTo(b, 6));
    const weakest = coefficients.reduce((w, b, i) => (b < coefficients[w] ? i : w), 0);
    if (coefficients[weakest] <= 0) {
      const c = candidates[weakest];
      c.note = `Not scored: its coefficient came out ${coefficients[weakest]} (not positive) alongside the others, so its evidence is already carried by correlated characteristics.`;
      dropped.push({ name: c.name, reason: c.note });
      candidates = candidates.filter((k) => k !== c);
      continue;
    }
    candidates.forEach((c, i) => {
      c.scored = true;
      c.coefficient = coefficients[i];
      c.note = 'Scored.';
    });
    const intercept = roundTo(fitted.intercept, 6);
    return { intercept, characteristics, dropped, scaling: assignPoints(characteristics, intercept) };
  }
}

/** The score of a (possibly fold-local) trained scorecard: the sum of the bins' points. */
export function scoreWith(
  model: TrainedScorecard,
  applicant: ScoringCharacteristics,
): { score: number; probabilityOfDefault: number } {
  const score = model.characteristics.reduce((s, c) => s + findBin(c, applicant[c.name]).points, 0);
  return { score, probabilityOfDefault: probabilityOfDefaultForScore(model.scaling, score) };
}

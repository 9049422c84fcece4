import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { isDeepStrictEqual } from 'node:util';
import {
  DOMAIN_ORDERS,
  NUMERIC_RISK_DIRECTIONS,
  ORDINAL_ORDERS,
  RELATIONSHIPS_POLICY,
  type CharacteristicName,
} from '../format/characteristics';
import { DATA_MONOTONE_FIT, validateScorecard } from '../format/model';
import type { FitSpec, ScorecardModel } from '../format/types';
import { bandCuts, cutOff } from './bands';
import { FINE_CLASSES, MIN_CLASS_SHARE } from './binning';
import { evaluate } from './evaluation';
import { L2_PENALTY } from './logistic';
import { auc } from './metrics';
import { scoreWith, trainScorecard } from './train';
import { MIN_INFORMATION_VALUE, WOE_SMOOTHING } from './woe';

function ordinalSummary(): string {
  return (Object.keys(ORDINAL_ORDERS) as CharacteristicName[])
    .sort()
    .map((name) => `${name} ${(ORDINAL_ORDERS[name] ?? []).join(' < ')}`)
    .join('; ');
}

function tierSummary(): string {
  return (Object.keys(DOMAIN_ORDERS) as CharacteristicName[])
    .sort()
    .map((name) => `${name} ${(DOMAIN_ORDERS[name] ?? []).map((tier) => tier.join(' = ')).join(' < ')}`)
    .join('; ');
}

function binningMethod(fit: FitSpec): string {
  const small = `${MIN_CLASS_SHARE * 100}%`;
  const other = `Other categorical: levels under ${small} (or absent from the data) merged into the level with the closest bad rate.`;
  if (fit.monotonicity === 'data') {
    return (
      `Numeric: ${FINE_CLASSES} quantile fine classes, classes under ${small} of applicants merged into the neighbour ` +
      'with the closest bad rate, then adjacent classes merged until the bad rate is monotone in the value. ' +
      `Ordinal categorical (${ordinalSummary()}): the same along the natural order; a level off the order keeps its own class ` +
      `unless under ${small}, then it joins the class with the closest bad rate. ${other}`
    );
  }
  const rising = (Object.keys(NUMERIC_RISK_DIRECTIONS) as CharacteristicName[]).sort().join(', ');
  const coarser = Object.entries(fit.maxClasses).map(([name, max]) => `${name} at most ${max}`);
  return (
    `Domain-monotone. Numeric: ${FINE_CLASSES} quantile fine classes, classes under ${small} of applicants merged into the neighbour ` +
    `with the closest bad rate, then adjacent classes merged until the bad rate rises with the value for ${rising} whatever the data say ` +
    '(for the others, in the direction of the data). ' +
    `Ordered categorical, worst first (${tierSummary()}): levels under ${small} join the class in their own or a neighbouring tier with ` +
    'the closest bad rate, then classes are merged until no answer of a better tier has a higher bad rate than one of a worse tier, ' +
    `whatever the data say; a level off the order keeps its own class unless under ${small}. ${other}` +
    (coarser.length
      ? ` Coarser classing (closest bad rates merged, within the order): ${coarser.join(', ')} classes.`
      : '')
  );
}

function regressionMethod(fit: FitSpec): string {
  const base =
    `Characteristics with information value < ${MIN_INFORMATION_VALUE} dropped; logistic regression of good vs bad on the WoE values, ` +
    `L2 penalty ${L2_PENALTY} (intercept unpenalised), Newton/IRLS; characteristics with a coefficient <= 0 dropped one at a time and the model refitted.`;
  const levers = [
    fit.excluded.length ? `Left out by the less-discriminatory-alternative search: ${fit.excluded.join(', ')}.` : '',
    fit.reweighing
      ? 'Training applicants reweighed so that outcome and joint age (under 25) x foreign-worker group are independent (Kamiran and Calders).'
      : '',
    fit.fairnessPenalty > 0
      ? `Fairness penalty ${fit.fairnessPenalty} x applicants x (gap in mean log-odds)^2 for each of age (under 25 vs 25 and over) and foreign-worker status.`
      : '',
  ].filter(Boolean);
  return [base, ...levers].join(' ');
}

/**
 * The final scorecard, fitted on all applicants, with its cross-validated
 * evaluation. Holds no timestamp or other run-dependent value, so refitting the
 * same data with the recorded fit reproduces the checked-in file byte for byte. A
 * model fitted as scorecard-v1 was records no fit, so that file stays as released.
 */
export function buildArtefact(
  applicants: GermanCreditApplicant[],
  version = 'scorecard-v1',
  fit: FitSpec = DATA_MONOTONE_FIT,
): ScorecardModel {
  const trained = trainScorecard(applicants, fit);
  const { scaling } = trained;
  if (scaling.achievableMin < scaling.scaleMin || scaling.achievableMax > scaling.scaleMax) {
    throw new Error(
      `fit: achievable scores ${scaling.achievableMin}..${scaling.achievableMax} leave ${scaling.scaleMin}..${scaling.scaleMax}; revisit SCALE`,
    );
  }
  const bands = bandCuts(scaling);
  const cut = cutOff(scaling);
  const inSample = auc(
    applicants.map((a) => scoreWith(trained, a.characteristics).score),
    applicants.map((a) => a.isBad),
  );
  const legacy = isDeepStrictEqual(fit, DATA_MONOTONE_FIT);
  const model: ScorecardModel = {
    version,
    description:
      'Points-based credit scorecard: the score is the sum of integer points per characteristic; ' +
      'score = offset + factor x ln(odds good:bad), PD = 1 / (1 + odds).',
    data: {
      source: 'Statlog German Credit Data (UCI), data/german-credit/german.data',
      applicants: applicants.length,
      bads: applicants.filter((a) => a.isBad).length,
    },
    policy: {
      relationships: RELATIONSHIPS_POLICY,
      protectedCharacteristics: legacy
        ? 'Sex, marital status, age and foreign-worker status are not scoring characteristics; they were used only to measure fairness.'
        : 'Sex, marital status, age and foreign-worker status are not scoring characteristics, bins or thresholds; age and foreign-worker ' +
          'status were used only to measure fairness and, in the less-discriminatory-alternative search, to shape and choose the fit.',
    },
    method: {
      binning: binningMethod(fit),
      weightOfEvidence: `ln(share of goods / share of bads) per class with ${WOE_SMOOTHING} added to every count; training data only.`,
      regression: regressionMethod(fit),
      droppedCharacteristics: trained.dropped,
      ...(legacy ? {} : { fit }),
    },
    intercept: trained.intercept,
    scaling,
    bands,
    cutOff: cut,
    characteristics: trained.characteristics,
    evaluation: evaluate(applicants, bands, cut.score, inSample, fit),
  };
  return validateScorecard(model);
}

export function serialiseArtefact(model: ScorecardModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

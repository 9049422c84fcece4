import type { GermanCreditApplicant } from '../../shared/data/german-credit';
import { ORDINAL_ORDERS, RELATIONSHIPS_POLICY, type CharacteristicName } from '../format/characteristics';
import { validateScorecard } from '../format/model';
import type { ScorecardModel } from '../format/types';
import { bandCuts, cutOff } from './bands';
import { FINE_CLASSES, MIN_CLASS_SHARE } from './binning';
import { evaluate } from './evaluation';
import { L2_PENALTY } from './logistic';
import { auc } from './metrics';
import { scoreWith, trainScorecard } from './train';
import { MIN_INFORMATION_VALUE, WOE_SMOOTHING } from './woe';

export const MODEL_VERSION = 'scorecard-v1';

function ordinalSummary(): string {
  return (Object.keys(ORDINAL_ORDERS) as CharacteristicName[])
    .sort()
    .map((name) => `${name} ${(ORDINAL_ORDERS[name] ?? []).join(' < ')}`)
    .join('; ');
}

/**
 * The final scorecard, fitted on all applicants, with its cross-validated
 * evaluation. Holds no timestamp or other run-dependent value, so refitting the
 * same data reproduces the checked-in file byte for byte.
 */
export function buildArtefact(applicants: GermanCreditApplicant[]): ScorecardModel {
  const trained = trainScorecard(applicants);
  const { scaling } = trained;
  if (scaling.achievableMin < scaling.scaleMin || scaling.achievableMax > scaling.scaleMax) {
    throw new Error(`fit: achievable scores ${scaling.achievableMin}..${scaling.achievableMax} leave ${scaling.scaleMin}..${scaling.scaleMax}; revisit SCALE`);
  }
  const bands = bandCuts(scaling);
  const cut = cutOff(scaling);
  const inSample = auc(applicants.map((a) => scoreWith(trained, a.characteristics).score), applicants.map((a) => a.isBad));
  const model: ScorecardModel = {
    version: MODEL_VERSION,
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
      protectedCharacteristics:
        'Sex, marital status, age and foreign-worker status are not scoring characteristics; they were used only to measure fairness.',
    },
    method: {
      binning:
        `Numeric: ${FINE_CLASSES} quantile fine classes, classes under ${MIN_CLASS_SHARE * 100}% of applicants merged into the neighbour ` +
        'with the closest bad rate, then adjacent classes merged until the bad rate is monotone in the value. ' +
        `Ordinal categorical (${ordinalSummary()}): the same along the natural order; a level off the order keeps its own class ` +
        `unless under ${MIN_CLASS_SHARE * 100}%, then it joins the class with the closest bad rate. ` +
        `Other categorical: levels under ${MIN_CLASS_SHARE * 100}% (or absent from the data) merged into the level with the closest bad rate.`,
      weightOfEvidence: `ln(share of goods / share of bads) per class with ${WOE_SMOOTHING} added to every count; training data only.`,
      regression:
        `Characteristics with information value < ${MIN_INFORMATION_VALUE} dropped; logistic regression of good vs bad on the WoE values, ` +
        `L2 penalty ${L2_PENALTY} (intercept unpenalised), Newton/IRLS; characteristics with a coefficient <= 0 dropped one at a time and the model refitted.`,
      droppedCharacteristics: trained.dropped,
    },
    intercept: trained.intercept,
    scaling,
    bands,
    cutOff: cut,
    characteristics: trained.characteristics,
    evaluation: evaluate(applicants, bands, cut.score, inSample),
  };
  return validateScorecard(model);
}

export function serialiseArtefact(model: ScorecardModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

import type { ScoringCharacteristics } from '../../shared/data/german-credit';
import { findBin } from '../format/bins';
import {
  ORDINAL_ORDERS,
  UNSCORED_CATEGORY,
  type CategoricalValue,
  type CharacteristicName,
  type ScoreCategory,
} from '../format/characteristics';
import { REASON_TEXT, type ReasonText } from './reason-sentences';
import type { ScorecardBin, ScorecardCharacteristic, ScorecardModel } from '../format/types';

export const MAX_REASONS = 4;

export interface Reason {
  /** stable across model versions: clients may key help pages on it */
  code: string;
  characteristic: CharacteristicName;
  category: ScoreCategory;
  /** best bin's points minus the applicant's bin's points */
  pointsLost: number;
  sentence: string;
}

export interface CharacteristicPoints {
  name: CharacteristicName;
  category: ScoreCategory;
  binLabel: string;
  points: number;
  maxPoints: number;
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

function bestBin(c: ScorecardCharacteristic): ScorecardBin {
  return c.bins.reduce((best, bin) => (bin.points > best.points ? bin : best));
}

/**
 * Where the action leads. Ordinal: the lowest answer on the natural order that
 * reaches the order's best points (an answer off the order, such as having no
 * checking account, is never a target). Otherwise the declared target, or for a
 * numeric characteristic the best bin.
 */
function targetOf(c: ScorecardCharacteristic, text: ReasonText): { bin: ScorecardBin; value?: CategoricalValue } {
  const order = ORDINAL_ORDERS[c.name];
  if (order) {
    const best = Math.max(...order.map((v) => findBin(c, v).points));
    const value = order.find((v) => findBin(c, v).points === best) as CategoricalValue;
    return { bin: findBin(c, value), value };
  }
  if (text.target !== undefined) return { bin: findBin(c, text.target), value: text.target };
  return { bin: bestBin(c) };
}

/** null when the consumer could neither act on the characteristic nor expect it to change. */
function sentence(
  c: ScorecardCharacteristic,
  line: CharacteristicPoints,
  applicant: ScoringCharacteristics,
): string | null {
  if (c.name === 'otherDebtors') throw new Error('relationships are never a reason');
  const text = REASON_TEXT[c.name];
  const lost = line.maxPoints - line.points;
  const target = targetOf(c, text);
  const gain = target.bin.points - line.points;
  const situation = text.situation(applicant);
  const cost = `${situation} This costs you ${points(lost)} against the best-scoring answer.`;
  if (text.action && gain > 0) {
    const action = `${text.action({ label: target.bin.label, value: target.value }, applicant)} could add up to ${points(gain)}.`;
    return gain === lost ? `${situation} ${action}` : `${cost} ${action}`;
  }
  return text.outlook ? `${cost} ${text.outlook}` : null;
}

/**
 * The characteristics that cost the applicant most, largest loss first; ties are
 * broken by name so the same applicant always gets the same reasons. A loss the
 * consumer can neither act on nor expect to change (a healthy checking balance
 * scoring below having no checking account; credits repaid duly scoring below a
 * critical account) is skipped rather than stated as advice, and the next loss
 * takes its place. RELATIONSHIPS carry no points and are excluded outright.
 */
export function reasonsFor(
  model: ScorecardModel,
  lines: readonly CharacteristicPoints[],
  applicant: ScoringCharacteristics,
): Reason[] {
  const reasons: Reason[] = [];
  const candidates = lines
    .filter((l) => l.category !== UNSCORED_CATEGORY && l.maxPoints - l.points > 0)
    .sort(
      (a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  for (const line of candidates) {
    if (reasons.length === MAX_REASONS) break;
    const c = model.characteristics.find((k) => k.name === line.name) as ScorecardCharacteristic;
    const text = sentence(c, line, applicant);
    if (text === null) continue;
    reasons.push({
      code: REASON_TEXT[line.name as Exclude<CharacteristicName, 'otherDebtors'>].code,
      characteristic: line.name,
      category: line.category,
      pointsLost: line.maxPoints - line.points,
      sentence: text,
    });
  }
  return reasons;
}

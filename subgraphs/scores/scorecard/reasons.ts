import type { ScoringCharacteristics } from '../../../shared/german-credit';
import { findBin } from './bins';
import { UNSCORED_CATEGORY, type CharacteristicName, type ScoreCategory } from './characteristics';
import { REASON_TEXT } from './reason-sentences';
import type { ScorecardBin, ScorecardCharacteristic, ScorecardModel } from './types';

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

function sentence(c: ScorecardCharacteristic, line: CharacteristicPoints, applicant: ScoringCharacteristics): string {
  if (c.name === 'otherDebtors') throw new Error('relationships are never a reason');
  const text = REASON_TEXT[c.name];
  const lost = line.maxPoints - line.points;
  const target = text.target === undefined ? bestBin(c) : findBin(c, text.target);
  const gain = target.points - line.points;
  const situation = text.situation(applicant);
  if (text.action && gain === lost) return `${situation} ${text.action(target.label)} could add up to ${points(gain)}.`;
  const cost = `${situation} This costs you ${points(lost)} against the best-scoring answer.`;
  return text.action && gain > 0 ? `${cost} ${text.action(target.label)} could add up to ${points(gain)}.` : cost;
}

/**
 * The characteristics that cost the applicant most, largest loss first; ties are
 * broken by name so the same applicant always gets the same reasons. RELATIONSHIPS
 * carry no points, so they could never cost anything, and are excluded outright.
 */
export function reasonsFor(model: ScorecardModel, lines: readonly CharacteristicPoints[], applicant: ScoringCharacteristics): Reason[] {
  return lines
    .filter((l) => l.category !== UNSCORED_CATEGORY && l.maxPoints - l.points > 0)
    .sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, MAX_REASONS)
    .map((line) => {
      const c = model.characteristics.find((k) => k.name === line.name) as ScorecardCharacteristic;
      return {
        code: REASON_TEXT[line.name as Exclude<CharacteristicName, 'otherDebtors'>].code,
        characteristic: line.name,
        category: line.category,
        pointsLost: line.maxPoints - line.points,
        sentence: sentence(c, line, applicant),
      };
    });
}

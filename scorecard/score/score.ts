import type { ScoringCharacteristics } from '../../shared/data/german-credit';
import { findBin, maxPoints } from '../format/bins';
import { CATEGORY_EXPLANATIONS, SCORE_CATEGORIES, type ScoreCategory } from '../format/characteristics';
import { reasonsFor, type CharacteristicPoints, type Reason } from './reasons';
import { bandForScore, probabilityOfDefaultForScore } from '../format/scaling';
import type { ScoreBand, ScorecardModel } from '../format/types';

export interface CategoryPoints {
  category: ScoreCategory;
  points: number;
  maxPoints: number;
  /** false when no characteristic of the category carries points (RELATIONSHIPS, always) */
  scored: boolean;
  explanation: string;
}

export interface ScoreResult {
  value: number;
  band: ScoreBand;
  probabilityOfDefault: number;
  modelVersion: string;
  characteristics: CharacteristicPoints[];
  categories: CategoryPoints[];
  reasons: Reason[];
}

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function categoryPoints(model: ScorecardModel, lines: CharacteristicPoints[], category: ScoreCategory): CategoryPoints {
  const own = lines.filter((l) => l.category === category);
  return {
    category,
    points: sum(own.map((l) => l.points)),
    maxPoints: sum(own.map((l) => l.maxPoints)),
    scored: model.characteristics.some((c) => c.category === category && c.scored),
    explanation: CATEGORY_EXPLANATIONS[category],
  };
}

/**
 * Scores one applicant. The score is by construction the sum of the characteristics'
 * integer points, so the category breakdown shown to a user always adds up to it.
 */
export function scoreCharacteristics(model: ScorecardModel, characteristics: ScoringCharacteristics): ScoreResult {
  const lines: CharacteristicPoints[] = model.characteristics.map((c) => {
    const bin = findBin(c, characteristics[c.name]);
    return { name: c.name, category: c.category, binLabel: bin.label, points: bin.points, maxPoints: maxPoints(c) };
  });
  const value = sum(lines.map((l) => l.points));
  return {
    value,
    band: bandForScore(model.bands, value),
    probabilityOfDefault: probabilityOfDefaultForScore(model.scaling, value),
    modelVersion: model.version,
    characteristics: lines,
    categories: SCORE_CATEGORIES.map((category) => categoryPoints(model, lines, category)),
    reasons: reasonsFor(model, lines, characteristics),
  };
}

export {
  CATEGORY_EXPLANATIONS,
  CATEGORY_OF,
  CHARACTERISTIC_NAMES,
  RELATIONSHIPS_POLICY,
  SCORE_CATEGORIES,
  type CharacteristicName,
  type ScoreCategory,
} from './characteristics';
export { UnscorableValueError, findBin } from './bins';
export { SCORECARD_FILE, loadScorecard, validateScorecard } from './model';
export { MAX_REASONS, reasonsFor, type CharacteristicPoints, type Reason } from './reasons';
export { bandForScore, probabilityOfDefaultForScore } from './scaling';
export { scoreCharacteristics, type CategoryPoints, type ScoreResult } from './score';
export { BANDS, type ScoreBand, type ScorecardModel } from './types';

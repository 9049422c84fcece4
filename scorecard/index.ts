export {
  CATEGORY_EXPLANATIONS,
  CATEGORY_OF,
  CHARACTERISTIC_NAMES,
  RELATIONSHIPS_POLICY,
  SCORE_CATEGORIES,
  type CharacteristicName,
  type ScoreCategory,
} from './format/characteristics';
export { UnscorableValueError, findBin } from './format/bins';
export {
  SCORECARD_FILE,
  SCORECARD_IN_PRODUCTION,
  fitSpecOf,
  loadScorecard,
  scorecardFile,
  validateScorecard,
} from './format/model';
export { MAX_REASONS, reasonsFor, type CharacteristicPoints, type Reason } from './score/reasons';
export { bandForScore, probabilityOfDefaultForScore } from './format/scaling';
export { scoreCharacteristics, type CategoryPoints, type ScoreResult } from './score/score';
export { describeScoreChange, type ScoreChange, type ScoreChangeCause } from './score/score-change';
export { BANDS, type FitSpec, type ScoreBand, type ScorecardModel } from './format/types';

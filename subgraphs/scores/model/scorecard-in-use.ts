import { loadScorecard, ScorecardModel } from '../../../scorecard';

let model: ScorecardModel | undefined;

/** The fitted scorecard artefact, read and validated once per process. */
export function currentScorecard(): ScorecardModel {
  model ??= loadScorecard();
  return model;
}

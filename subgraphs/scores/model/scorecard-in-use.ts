import { loadScorecard, ScorecardModel } from '../../../scorecard';

let model: ScorecardModel | undefined;

/**
 * The artefact every score is computed with: the one SCORECARD_IN_PRODUCTION names
 * (scorecard/format/model.ts). Switching to another fitted scorecard is that one line:
 * at start, each scores replica finds the scores an older model computed and
 * recomputes them in the background (current/model-upgrade.ts), while reads keep
 * serving the stored ones until each consumer's new score is stored.
 */
export function currentScorecard(): ScorecardModel {
  model ??= loadScorecard();
  return model;
}

import { loadScorecard, ScorecardModel } from '../../../scorecard';
import { fromProjectRoot } from '../../../shared/paths';

/**
 * The artefact every score is computed with. Switching to another fitted scorecard
 * is this one line: at start, each scores replica finds the scores an older model
 * computed and recomputes them in the background (model-upgrade.ts), while reads
 * keep serving the stored ones until each consumer's new score is stored.
 */
export const SCORECARD_IN_USE = 'scorecard-v1.json';

let model: ScorecardModel | undefined;

/** The fitted scorecard artefact, read and validated once per process. */
export function currentScorecard(): ScorecardModel {
  model ??= loadScorecard(fromProjectRoot('subgraphs', 'scores', 'model', SCORECARD_IN_USE));
  return model;
}

import type { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { scoreCharacteristics, ScoreResult } from '../../../scorecard';
import type { CreditForScoring, StabilityForScoring } from '../__generated__/resolvers-types';
import { ScoresLoaders } from '../loaders';
import { inputsDigest } from '../snapshots/score-recorder';
import { currentScorecard } from './scorecard-in-use';

/** A User as the gateway sends it here: its key, and the scorecard inputs @requires brought from credit-history and users. */
export interface ScoredUser {
  id: string;
  creditForScoring?: CreditForScoring | null;
  stabilityForScoring?: StabilityForScoring | null;
}

/** A CreditScore as its resolvers see it: the scorecard's result, whose it is and since when. */
export type UserScore = ScoreResult & { userId: string; computedAt: Date };

export function characteristicsOf(user: ScoredUser): ScoringCharacteristics | null {
  if (!user.creditForScoring || !user.stabilityForScoring) return null;
  return { ...user.creditForScoring, ...user.stabilityForScoring };
}

/**
 * The user's score under the model in use, kept as a snapshot when its inputs or the
 * model changed. A user without a credit file (or whose data were erased) has none.
 */
export async function scoreOf(user: ScoredUser, loaders: ScoresLoaders): Promise<UserScore | null> {
  const characteristics = characteristicsOf(user);
  if (!characteristics) return null;
  const result = scoreCharacteristics(currentScorecard(), characteristics);
  const snapshot = await loaders.scores.record({ userId: user.id, digest: inputsDigest(characteristics), result });
  return { ...result, userId: user.id, computedAt: snapshot.computedAt };
}

import type { ScoringCharacteristics } from '../../../shared/data/german-credit';
import type { CreditForScoring, StabilityForScoring } from '../__generated__/resolvers-types';
import type { ScoreInputs } from '../snapshots/score-recorder';

/** A User as the gateway sends it here: its key, and the scorecard inputs @requires brought from credit-history and users. */
export interface ScoredUser {
  id: string;
  creditForScoring?: CreditForScoring | null;
  stabilityForScoring?: StabilityForScoring | null;
}

export function characteristicsOf(user: ScoredUser): ScoringCharacteristics | null {
  if (!user.creditForScoring || !user.stabilityForScoring) return null;
  return { ...user.creditForScoring, ...user.stabilityForScoring };
}

/**
 * What a CreditScore's fields are resolved from: the user and the inputs, nothing
 * scored or read yet, so a denied field costs no scoring. A user without a credit
 * file (or whose data were erased) has no score.
 */
export function scoreInputsOf(user: ScoredUser): ScoreInputs | null {
  const characteristics = characteristicsOf(user);
  return characteristics && { userId: user.id, characteristics };
}

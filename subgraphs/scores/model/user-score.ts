import type { ScoringCharacteristics } from '../../../shared/data/german-credit';
import type { CreditForScoring, StabilityForScoring } from '../__generated__/resolvers-types';

/** A User as the gateway sends it here: its key, and for a what-if the scorecard inputs @requires brought from credit-history and users. */
export interface ScoredUser {
  id: string;
  creditForScoring?: CreditForScoring | null;
  stabilityForScoring?: StabilityForScoring | null;
}

export function characteristicsOf(user: ScoredUser): ScoringCharacteristics | null {
  if (!user.creditForScoring || !user.stabilityForScoring) return null;
  return { ...user.creditForScoring, ...user.stabilityForScoring };
}

/** Whose score a CreditScore is: its fields read the stored score once each is allowed. */
export interface ScoreOf {
  userId: string;
}

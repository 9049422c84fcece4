import { requireConsumer } from '../../../shared/trust/access';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { checkArgumentsBeforeConsent } from '../../../shared/consent/consent-directive';
import { ScoreScenario, simulateScore } from '../simulation/score-simulation';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoresLoaders } from '../loaders';
import { ScoreInputs } from '../snapshots/score-recorder';
import { currentScorecard } from '../model/scorecard-in-use';
import { requireThresholdOnScale } from '../model/score-scale';

type Context = SubgraphContext<ScoresLoaders>;

/** The representation the gateway sends, with the @requires fields other subgraphs resolved. */
export interface ScoredUserRef {
  id: string;
  creditForScoring?: Omit<ScoringCharacteristics, keyof StabilityInputs> | null;
  stabilityForScoring?: StabilityInputs | null;
}
type StabilityInputs = Pick<
  ScoringCharacteristics,
  'employmentSince' | 'residenceYears' | 'property' | 'housing' | 'job' | 'dependents' | 'hasTelephone'
>;

export function characteristicsOf(user: ScoredUserRef): ScoringCharacteristics | null {
  if (!user.creditForScoring || !user.stabilityForScoring) return null;
  return { ...user.creditForScoring, ...user.stabilityForScoring };
}

export const User = {
  __resolveReference: (user: ScoredUserRef) => user,

  // A user without a credit file (or whose data were erased) has no score, and no error.
  // Nothing is scored or read here: each field asks for what it needs once it is allowed.
  creditScore: (user: ScoredUserRef): ScoreInputs | null => {
    const characteristics = characteristicsOf(user);
    return characteristics && { userId: user.id, characteristics };
  },

  // Data minimisation: a partner with only this scope learns one bit, never the value.
  scoreAtLeast: checkArgumentsBeforeConsent(
    requireThresholdOnScale,
    async (user: ScoredUserRef, { threshold }: { threshold: number }, { loaders }: Context) => {
      const score = User.creditScore(user);
      return score === null ? null : (await loaders.scores.inForce(score)).value >= threshold;
    },
  ),

  // A what-if is about oneself: no partner or staff member may explore someone's options.
  scoreSimulation: (user: ScoredUserRef, { scenario }: { scenario: ScoreScenario }, { viewer }: Context) => {
    requireConsumer(viewer, 'Only the consumer can simulate their own score.', user.id);
    const characteristics = characteristicsOf(user);
    return characteristics && simulateScore(currentScorecard(), characteristics, scenario);
  },
};

import { requireConsumer } from '../../../shared/trust/access';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { badUserInput } from '../../../shared/errors';
import { ScoreScenario, simulateScore } from '../simulation/score-simulation';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoresLoaders } from '../loaders';
import { inputsDigest } from '../snapshots/score-recorder';
import { currentScorecard } from '../model/scorecard-in-use';
import { scoreCharacteristics } from '../../../scorecard';

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
  creditScore: async (user: ScoredUserRef, _: unknown, { loaders }: Context) => {
    const characteristics = characteristicsOf(user);
    if (!characteristics) return null;
    const result = scoreCharacteristics(currentScorecard(), characteristics);
    const snapshot = await loaders.scores.record({ userId: user.id, digest: inputsDigest(characteristics), result });
    return { ...result, userId: user.id, computedAt: snapshot.computedAt };
  },

  // Data minimisation: a partner with only this scope learns one bit, never the value.
  scoreAtLeast: async (user: ScoredUserRef, { threshold }: { threshold: number }, context: Context) => {
    const model = currentScorecard();
    if (!Number.isInteger(threshold) || threshold < model.scaling.scaleMin || threshold > model.scaling.scaleMax) {
      throw badUserInput(`"threshold" must be a whole number from ${model.scaling.scaleMin} to ${model.scaling.scaleMax}.`, 'threshold');
    }
    const score = await User.creditScore(user, undefined, context);
    return score === null ? null : score.value >= threshold;
  },

  // A what-if is about oneself: no partner or staff member may explore someone's options.
  scoreSimulation: (user: ScoredUserRef, { scenario }: { scenario: ScoreScenario }, { viewer }: Context) => {
    requireConsumer(viewer, 'Only the consumer can simulate their own score.', user.id);
    const characteristics = characteristicsOf(user);
    return characteristics && simulateScore(currentScorecard(), characteristics, scenario);
  },
};

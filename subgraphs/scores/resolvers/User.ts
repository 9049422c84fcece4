import { isCaseworker } from '../../../shared/casework';
import { requireConsumer } from '../../../shared/trust/access';
import { badUserInput, forbidden } from '../../../shared/errors';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { currentScorecard } from '../model/scorecard-in-use';
import { characteristicsOf, scoreOf } from '../model/user-score';
import { simulateScore } from '../simulation/score-simulation';

export const User: UserResolvers = {
  __resolveReference: (user) => user,

  // A user without a credit file (or whose data were erased) has no score, and no error.
  creditScore: (user, _, { loaders }) => scoreOf(user, loaders),

  // Data minimisation: a partner with only this scope learns one bit, never the value.
  scoreAtLeast: async (user, { threshold }, { loaders }) => {
    const model = currentScorecard();
    if (!Number.isInteger(threshold) || threshold < model.scaling.scaleMin || threshold > model.scaling.scaleMax) {
      throw badUserInput(`"threshold" must be a whole number from ${model.scaling.scaleMin} to ${model.scaling.scaleMax}.`, 'threshold');
    }
    const score = await scoreOf(user, loaders);
    return score === null ? null : score.value >= threshold;
  },

  // A review is between the consumer and the caseworkers: no partner learns one was asked for.
  scoreReviews: ({ id }, _, { viewer, loaders }) => {
    if (!isCaseworker(viewer)) requireConsumer(viewer, 'Score reviews are for the consumer and the staff who answer them.', id);
    return loaders.scoreReviewsByUserId.load(id);
  },

  // A what-if is about oneself: no partner or staff member may explore someone's options.
  scoreSimulation: (user, { scenario }, { viewer }) => {
    requireConsumer(viewer, 'Only the consumer can simulate their own score.', user.id);
    const characteristics = characteristicsOf(user);
    return characteristics && simulateScore(currentScorecard(), characteristics, scenario);
  },
};

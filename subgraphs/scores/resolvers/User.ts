import { isCaseworker } from '../../../shared/casework';
import { requireConsumer } from '../../../shared/trust/access';
import { checkArgumentsBeforeConsent } from '../../../shared/consent/consent-directive';
import { loggedStaffRead, requireStaffReadReason } from '../../../shared/consent/staff-reads';
import { badUserInput, forbidden } from '../../../shared/errors';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { currentScorecard } from '../model/scorecard-in-use';
import { requireThresholdOnScale } from '../model/score-scale';
import { characteristicsOf, ScoredUser, scoreInputsOf } from '../model/user-score';
import type { ScoresContext } from '../loaders';
import { simulateScore } from '../simulation/score-simulation';

export const User: UserResolvers = {
  __resolveReference: (user) => user,

  // A user without a credit file (or whose data were erased) has no score, and no error.
  // Nothing is scored or read here: each field asks for what it needs once it is allowed.
  creditScore: (user) => scoreInputsOf(user),

  // Data minimisation: a partner with only this scope learns one bit, never the value.
  scoreAtLeast: checkArgumentsBeforeConsent(requireThresholdOnScale, async (user: ScoredUser, { threshold }: { threshold: number }, { loaders }: ScoresContext) => {
    const score = scoreInputsOf(user);
    return score === null ? null : (await loaders.scores.inForce(score)).value >= threshold;
  }),

  // A review is between the consumer and the caseworkers: no partner learns one was asked for.
  scoreReviews: async ({ id }, _, { viewer, loaders, consentGate }) => {
    if (!isCaseworker(viewer)) requireConsumer(viewer, 'Score reviews are for the consumer and the staff who answer them.', id);
    requireStaffReadReason(viewer);
    return loggedStaffRead(viewer, consentGate, 'User.scoreReviews', await loaders.scoreReviewsByUserId.load(id), [id]);
  },

  // A what-if is about oneself: no partner or staff member may explore someone's options.
  scoreSimulation: (user, { scenario }, { viewer }) => {
    requireConsumer(viewer, 'Only the consumer can simulate their own score.', user.id);
    const characteristics = characteristicsOf(user);
    return characteristics && simulateScore(currentScorecard(), characteristics, scenario);
  },
};

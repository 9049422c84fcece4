import { checkArgumentsBeforeConsent } from '../../../shared/consent/consent-directive';
import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { cursorByTime, parsePageRequest, toConnection } from '../../../shared/store/pagination';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { currentScorecard } from '../model/scorecard-in-use';
import { requireThresholdOnScale } from '../model/score-scale';
import { characteristicsOf, ScoredUser } from '../model/user-score';
import type { ScoresContext } from '../loaders';
import { simulateScore } from '../simulation/score-simulation';

export const User: UserResolvers = {
  __resolveReference: (user) => user,

  // Nothing is read here, nor computed on read, nor asked of another subgraph: each field reads
  // the stored score (kept current as the inputs change) once it is allowed.
  creditScore: ({ id }) => ({ userId: id }),

  // Data minimisation: a partner with only this scope learns one bit, never the value.
  scoreAtLeast: checkArgumentsBeforeConsent(
    requireThresholdOnScale,
    async ({ id }: ScoredUser, { threshold }: { threshold: number }, { loaders }: ScoresContext) => {
      const score = await loaders.currentScoreByUserId.load(id);
      return score === null ? null : score.value >= threshold;
    },
  ),

  // A review is between the consumer and the caseworkers: no partner learns one was asked for.
  scoreReviews: async ({ id }, args, { viewer, loaders, consentGate }) => {
    const request = parsePageRequest(args);
    const page = await loaders.scoreReviewPageByUserId.load({ ownerId: id, ...request });
    const reviews = toConnection(
      page.rows,
      request.first,
      page.totalCount,
      cursorByTime((row) => row.requestedAt),
    );
    return loggedStaffRead(viewer, consentGate, 'User.scoreReviews', reviews, [id]);
  },

  // A what-if is about oneself: no partner or staff member may explore someone's options.
  scoreSimulation: (user, { scenario }) => {
    const characteristics = characteristicsOf(user);
    return characteristics && simulateScore(currentScorecard(), characteristics, scenario);
  },
};

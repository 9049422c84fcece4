import { requireErasureCaller } from '../../../shared/trust/erasure';
import { loggedStaffRead, requireStaffReadReason } from '../../../shared/consent/staff-reads';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { ScoreReview } from '../entities/ScoreReview';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { requestScoreReview, requireReviewer, resolveScoreReview } from '../reviews/score-reviews';

export const Mutation: MutationResolvers = {
  eraseSubjectScores: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await database.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScoreSnapshot).delete({ userId: subjectId });
      await manager.getRepository(ScoreReview).delete({ userId: subjectId });
    });
    return true;
  },

  requestScoreReview: (_, { statement }, context) => requestScoreReview(context, statement),

  // The answer shows the review: the reason is asked before it is answered, the read logged after.
  resolveScoreReview: async (_, { id, outcome, note }, { viewer, database, consentGate }) => {
    const staffId = requireReviewer(viewer);
    requireStaffReadReason(viewer);
    const review = await resolveScoreReview(database.dataSource, staffId, { id, outcome, note });
    return loggedStaffRead(viewer, consentGate, 'Mutation.resolveScoreReview', review, [review.userId]);
  },
};

import { requireErasureCaller } from '../../../shared/trust/erasure';
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

  resolveScoreReview: (_, { id, outcome, note }, { viewer, database }) =>
    resolveScoreReview(database.dataSource, requireReviewer(viewer), { id, outcome, note }),
};

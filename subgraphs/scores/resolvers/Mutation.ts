import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requestScoreReview, requireReviewer, resolveScoreReview } from '../reviews/score-reviews';

export const Mutation: MutationResolvers = {
  requestScoreReview: (_, { statement }, context) => requestScoreReview(context, statement),

  resolveScoreReview: (_, { id, outcome, note }, { viewer, database }) =>
    resolveScoreReview(database.dataSource, requireReviewer(viewer), { id, outcome, note }),
};

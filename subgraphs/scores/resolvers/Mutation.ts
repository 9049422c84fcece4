import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requestScoreReview, resolveScoreReview } from '../reviews/score-reviews';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';

export const Mutation: MutationResolvers = {
  requestScoreReview: (_, { statement }, context) => requestScoreReview(context, statement),

  resolveScoreReview: (_, { id, outcome, note }, { viewer, database }) =>
    resolveScoreReview(database.dataSource, viewerIdOf(viewer, 'staff'), { id, outcome, note }),
};

import { requireErasureCaller } from '../../../shared/trust/erasure';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';

export const Mutation: MutationResolvers = {
  eraseSubjectScores: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await database.dataSource.getRepository(ScoreSnapshot).delete({ userId: subjectId });
    return true;
  },
};

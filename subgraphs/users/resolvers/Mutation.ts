import { requireErasureCaller } from '../../../shared/trust/erasure';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { UserProfile } from '../entities/UserProfile';

export const Mutation: MutationResolvers = {
  eraseSubjectProfile: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await database.dataSource.getRepository(UserProfile).delete({ id: subjectId });
    return true;
  },
};

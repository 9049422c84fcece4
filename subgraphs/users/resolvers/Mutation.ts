import { requireErasureCaller } from '../../../shared/trust/erasure';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { UserProfile } from '../entities/UserProfile';
import { UsersLoaders } from '../loaders';

export const Mutation = {
  eraseSubjectProfile: async (_: unknown, { subjectId }: { subjectId: string }, { caller, database }: SubgraphContext<UsersLoaders>) => {
    requireErasureCaller(caller);
    await database.dataSource.getRepository(UserProfile).delete({ id: subjectId });
    return true;
  },
};

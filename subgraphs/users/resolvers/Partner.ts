import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { UsersLoaders } from '../loaders';

export const Partner = {
  __resolveReference: ({ id }: { id: string }, { loaders }: SubgraphContext<UsersLoaders>) =>
    loaders.partnerById.load(id),
};

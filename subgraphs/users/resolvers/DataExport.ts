import { plain, requireExportingSubject } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { UsersLoaders } from '../loaders';

type Context = SubgraphContext<UsersLoaders>;

export const EXPORT_FORMAT = 'credence-export/v1';

export const DataExport = {
  __resolveReference: ({ subjectId }: { subjectId: string }, { viewer }: Context) => {
    requireExportingSubject(viewer, subjectId);
    return { subjectId };
  },
  profile: async ({ subjectId }: { subjectId: string }, _: unknown, { loaders }: Context) => {
    const user = await loaders.userById.load(subjectId);
    return user && plain(user);
  },
};

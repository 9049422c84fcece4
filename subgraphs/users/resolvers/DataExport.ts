import { ExportSubject, plain, resolveExportReference } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { UsersLoaders } from '../loaders';

export const EXPORT_FORMAT = 'credence-export/v1';

export const DataExport = {
  __resolveReference: resolveExportReference,
  profile: async ({ subjectId }: ExportSubject, _: unknown, { loaders }: SubgraphContext<UsersLoaders>) => {
    const user = await loaders.userById.load(subjectId);
    return user && plain(user);
  },
};

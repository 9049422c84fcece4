import { plain, resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';

export const EXPORT_FORMAT = 'credence-export/v1';

export const DataExport: DataExportResolvers = {
  __resolveReference: resolveExportReference,
  profile: async ({ subjectId }, _, { loaders }) => {
    const user = await loaders.userById.load(subjectId);
    return user && plain(user);
  },
};

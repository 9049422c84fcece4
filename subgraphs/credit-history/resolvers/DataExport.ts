import { resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';
import { exportSubject } from '../credit-file/subject-tables';

export const DataExport: DataExportResolvers = {
  __resolveReference: resolveExportReference,
  creditHistory: ({ subjectId }, _, { database }) => exportSubject(database.dataSource, subjectId),
};

import { ExportSubject, resolveExportReference } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { CreditHistoryLoaders } from '../loaders';
import { exportSubject } from '../credit-file/subject-tables';

export const DataExport = {
  __resolveReference: resolveExportReference,
  creditHistory: ({ subjectId }: ExportSubject, _: unknown, { database }: SubgraphContext<CreditHistoryLoaders>) =>
    exportSubject(database.dataSource, subjectId),
};

import { requireErasureCaller } from '../../../shared/trust/erasure';
import { requireExportingSubject } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { CreditHistoryLoaders } from '../loaders';
import { eraseSubject, exportSubject } from '../credit-file/subject-tables';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const DataExport = {
  __resolveReference: ({ subjectId }: { subjectId: string }, { viewer }: Context) => {
    requireExportingSubject(viewer, subjectId);
    return { subjectId };
  },
  creditHistory: ({ subjectId }: { subjectId: string }, _: unknown, { database }: Context) =>
    exportSubject(database.dataSource, subjectId),
};

export const ErasureMutation = {
  eraseSubjectCreditHistory: async (_: unknown, { subjectId }: { subjectId: string }, { caller, database }: Context) => {
    requireErasureCaller(caller);
    await eraseSubject(database.dataSource, subjectId);
    return true;
  },
};

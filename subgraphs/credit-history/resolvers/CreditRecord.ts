import { SubgraphContext } from '../../../shared/subgraph-server';
import { CreditRecord as CreditRecordRow } from '../entities/CreditRecord';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const CreditRecord = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.recordById.load(id),
  account: (record: CreditRecordRow, _: unknown, { loaders }: Context) => loaders.accountById.load(record.accountId),
};

import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { CreditRecord as CreditRecordRow } from '../entities/CreditRecord';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const CreditRecord = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.recordById.load(id),
  account: (record: CreditRecordRow, _: unknown, { loaders }: Context) => loaders.accountById.load(record.accountId),
  // Both read one batched list per page of records, so a page costs one query however many records it holds.
  disputed: async (record: CreditRecordRow, _: unknown, { loaders }: Context) =>
    (await loaders.disputesByRecordId.load(record.id)).length > 0,
  dispute: async (record: CreditRecordRow, _: unknown, { loaders }: Context) =>
    (await loaders.disputesByRecordId.load(record.id))[0] ?? null,
};

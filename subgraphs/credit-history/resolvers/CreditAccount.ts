import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { CreditAccount as CreditAccountRow } from '../entities/CreditAccount';
import { CreditHistoryLoaders } from '../loaders';
import { recordCursor } from './User';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const CreditAccount = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.accountById.load(id),

  records: async (account: CreditAccountRow, args: { first?: number; after?: string }, { loaders }: Context) => {
    const request = parsePageRequest(args);
    const page = await loaders.recordPageByAccountId.load({ ownerId: account.id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, recordCursor);
  },
};

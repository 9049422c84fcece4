import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { furnisherOf } from '../furnishing/furnisher';
import type { CreditAccountResolvers } from '../__generated__/resolvers-types';
import { recordCursor } from './User';

export const CreditAccount: CreditAccountResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.accountById.load(id),

  furnisher: (account) => furnisherOf(account),

  records: async (account, args, { loaders }) => {
    const request = parsePageRequest(args);
    const page = await loaders.recordPageByAccountId.load({ ownerId: account.id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, recordCursor);
  },
};

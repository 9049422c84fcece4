import { requireWellFormedId } from '../../../shared/ids';
import { cursorByTime, parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord } from '../entities/CreditRecord';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { scoringInputsOf } from '../credit-file/scoring-inputs';

export const RELATIONSHIPS_NOTE =
  'Credence never scores guarantors, co-applicants, friends or any social data: this is shown to you, not used.';

const accountCursor = (account: CreditAccount) => ({ sortKey: account.openedOn, id: account.id });
export const recordCursor = (record: CreditRecord) => ({ sortKey: record.dueOn, id: record.id });

export const User: UserResolvers = {
  // Every user has a place in this subgraph; a user without a credit file has empty fields.
  __resolveReference: (user) => ({ id: requireWellFormedId(user.id) }),

  creditFile: async ({ id }, _, { loaders }) => {
    const file = await loaders.creditFileByUserId.load(id);
    return file && { ...file, relationships: relationshipsOf(file) };
  },

  creditAccounts: async ({ id }, args, { loaders }) => {
    const request = parsePageRequest(args);
    const page = await loaders.accountPageByUserId.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, accountCursor);
  },

  creditRecords: async ({ id }, args, { loaders }) => {
    const request = parsePageRequest(args);
    const page = await loaders.recordPageByUserId.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, recordCursor);
  },

  creditForScoring: async ({ id }, _, { loaders }) => {
    const [file, loan] = await Promise.all([loaders.creditFileByUserId.load(id), loaders.currentLoanByUserId.load(id)]);
    return file && loan ? scoringInputsOf(file, loan) : null;
  },

  disputes: async ({ id }, args, { loaders }) => {
    const request = parsePageRequest(args);
    const page = await loaders.disputePageByUserId.load({ ownerId: id, ...request });
    return toConnection(
      page.rows,
      request.first,
      page.totalCount,
      cursorByTime((dispute) => dispute.filedAt),
    );
  },
};

function relationshipsOf(file: CreditFile) {
  return { otherDebtors: file.otherDebtors, scored: false, note: RELATIONSHIPS_NOTE };
}

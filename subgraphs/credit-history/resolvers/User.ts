import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord } from '../entities/CreditRecord';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;
type UserRef = { id: string };
type PageArgs = { first?: number; after?: string };

export const RELATIONSHIPS_NOTE =
  'Credence never scores guarantors, co-applicants, friends or any social data: this is shown to you, not used.';

const accountCursor = (account: CreditAccount) => ({ sortKey: account.openedOn, id: account.id });
export const recordCursor = (record: CreditRecord) => ({ sortKey: record.dueOn, id: record.id });

export const User = {
  // Every user has a place in this subgraph; a user without a credit file has empty fields.
  __resolveReference: (user: UserRef) => ({ id: requireWellFormedId(user.id) }),

  creditFile: async ({ id }: UserRef, _: unknown, { loaders }: Context) => {
    const file = await loaders.creditFileByUserId.load(id);
    return file && { ...file, relationships: relationshipsOf(file) };
  },

  creditAccounts: async ({ id }: UserRef, args: PageArgs, { loaders }: Context) => {
    const request = parsePageRequest(args);
    const page = await loaders.accountPageByUserId.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, accountCursor);
  },

  creditRecords: async ({ id }: UserRef, args: PageArgs, { loaders }: Context) => {
    const request = parsePageRequest(args);
    const page = await loaders.recordPageByUserId.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, recordCursor);
  },

  creditForScoring: async ({ id }: UserRef, _: unknown, { loaders }: Context) => {
    const [file, loan] = await Promise.all([loaders.creditFileByUserId.load(id), loaders.currentLoanByUserId.load(id)]);
    if (!file || !loan) return null;
    return {
      checkingStatus: file.checkingStatus,
      savingsStatus: file.savingsStatus,
      creditHistory: file.creditHistory,
      existingCredits: file.existingCredits,
      otherInstallmentPlans: file.otherInstallmentPlans,
      otherDebtors: file.otherDebtors,
      durationMonths: loan.durationMonths,
      creditAmount: loan.amount,
      installmentRatePercent: loan.installmentRatePercent,
      purpose: loan.purpose,
    };
  },

  disputes: ({ id }: UserRef, _: unknown, { loaders }: Context) => loaders.disputesByUserId.load(id),
};

function relationshipsOf(file: CreditFile) {
  return { otherDebtors: file.otherDebtors, scored: false, note: RELATIONSHIPS_NOTE };
}

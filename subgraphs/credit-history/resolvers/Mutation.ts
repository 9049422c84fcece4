import { requireErasureCaller } from '../../../shared/trust/erasure';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { eraseSubject } from '../credit-file/subject-tables';
import { requireDisputeStaff, requireDisputingSubject } from '../disputes/dispute-access';
import { DisputeFiling, DisputeResolution, fileDispute, resolveDispute, startInvestigation } from '../disputes/dispute-commands';
import { Dispute } from '../entities/Dispute';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;

/**
 * A later field of the same operation must see the write, not what the loaders cached
 * before it (an operation may hold several mutations, each with its own selection).
 */
function forgetCached(loaders: CreditHistoryLoaders, dispute: Dispute): Dispute {
  loaders.disputeById.clear(dispute.id);
  loaders.disputesByRecordId.clear(dispute.recordId);
  loaders.disputesByUserId.clear(dispute.userId);
  loaders.recordById.clear(dispute.recordId);
  loaders.creditFileByUserId.clear(dispute.userId);
  loaders.recordPageByUserId.clearAll();
  loaders.recordPageByAccountId.clearAll();
  return dispute;
}

export const Mutation = {
  disputeCreditRecord: async (_: unknown, { input }: { input: DisputeFiling }, { viewer, database, loaders }: Context) =>
    forgetCached(loaders, await fileDispute(database.dataSource, requireDisputingSubject(viewer), input)),

  startDisputeInvestigation: async (_: unknown, { id }: { id: string }, { viewer, database, loaders }: Context) => {
    requireDisputeStaff(viewer);
    return forgetCached(loaders, await startInvestigation(database.dataSource, id));
  },

  resolveDispute: async (_: unknown, { input }: { input: DisputeResolution }, { viewer, database, loaders }: Context) =>
    forgetCached(loaders, await resolveDispute(database.dataSource, requireDisputeStaff(viewer), input)),

  eraseSubjectCreditHistory: async (_: unknown, { subjectId }: { subjectId: string }, { caller, database }: Context) => {
    requireErasureCaller(caller);
    await eraseSubject(database.dataSource, subjectId);
    return true;
  },
};

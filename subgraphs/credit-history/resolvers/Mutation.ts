import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { fileDispute, resolveDispute, startInvestigation } from '../disputes/dispute-commands';
import { Dispute } from '../entities/Dispute';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { CreditHistoryLoaders } from '../loaders';

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

export const Mutation: MutationResolvers = {
  disputeCreditRecord: async (_, { input }, { viewer, database, loaders }) =>
    forgetCached(loaders, await fileDispute(database.dataSource, viewerIdOf(viewer, 'user'), input)),

  startDisputeInvestigation: async (_, { id }, { database, loaders }) => forgetCached(loaders, await startInvestigation(database.dataSource, id)),

  resolveDispute: async (_, { input }, { viewer, database, loaders }) =>
    forgetCached(loaders, await resolveDispute(database.dataSource, viewerIdOf(viewer, 'staff'), input)),
};

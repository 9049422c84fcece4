import { openBatch, sealBatch } from '../furnishing/batch-files';
import { reportCreditRecords } from '../furnishing/report-records';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { requireUnsuspendedPartner } from '../../../shared/trust/partner-standing';
import { fileDispute, resolveDispute, startInvestigation } from '../disputes/dispute-commands';
import { addDisputeInformation } from '../disputes/dispute-information';
import { answerDispute, FURNISHER_SUSPENDED } from '../disputes/furnisher-answers';
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
  loaders.disputePageByUserId.clearAll();
  loaders.recordById.clear(dispute.recordId);
  loaders.creditFileByUserId.clear(dispute.userId);
  loaders.recordPageByUserId.clearAll();
  loaders.recordPageByAccountId.clearAll();
  return dispute;
}

export const Mutation: MutationResolvers = {
  reportCreditRecords: (_, { input }, context) => reportCreditRecords(context, input.records),
  openFurnishingBatch: (_, __, context) => openBatch(context),
  sealFurnishingBatch: (_, { batchId, total }, { caller, viewer, database }) =>
    sealBatch(caller, viewer, database.dataSource, batchId, total),

  disputeCreditRecord: async (_, { input }, { viewer, database, loaders }) =>
    forgetCached(loaders, await fileDispute(database.dataSource, viewerIdOf(viewer, 'user'), input)),

  addDisputeInformation: async (_, { input }, { viewer, database, loaders }) => {
    const dispute = forgetCached(
      loaders,
      await addDisputeInformation(database.dataSource, viewerIdOf(viewer, 'user'), input),
    );
    loaders.disputePageByFurnisherId.clearAll();
    return dispute;
  },

  // A caseworker's answer shows the case: the reason is asked before anything changes (the directive), the read logged after.
  startDisputeInvestigation: async (_, { id }, { viewer, database, loaders, consentGate }) => {
    const dispute = forgetCached(loaders, await startInvestigation(database.dataSource, id));
    return loggedStaffRead(viewer, consentGate, 'Mutation.startDisputeInvestigation', dispute, [dispute.userId]);
  },

  resolveDispute: async (_, { input }, { viewer, database, loaders, consentGate }) => {
    const dispute = forgetCached(
      loaders,
      await resolveDispute(database.dataSource, viewerIdOf(viewer, 'staff'), input),
    );
    return loggedStaffRead(viewer, consentGate, 'Mutation.resolveDispute', dispute, [dispute.userId]);
  },

  answerDispute: async (_, { input }, { viewer, database, loaders, peers, requestId }) => {
    const furnisherId = viewerIdOf(viewer, 'partner');
    await requireUnsuspendedPartner(peers, 'credit-history', viewer, requestId, FURNISHER_SUSPENDED);
    const dispute = forgetCached(loaders, await answerDispute(database.dataSource, furnisherId, input));
    loaders.disputePageByFurnisherId.clearAll();
    return dispute;
  },
};

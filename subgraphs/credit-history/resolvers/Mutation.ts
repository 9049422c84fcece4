import { requireErasureCaller } from '../../../shared/trust/erasure';
import { requireLiveAccount } from '../../../shared/trust/account-standing';
import { loggedStaffRead, requireStaffReadReason } from '../../../shared/consent/staff-reads';
import { eraseSubject } from '../credit-file/subject-tables';
import { requireDisputeStaff, requireDisputingSubject } from '../disputes/dispute-access';
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
  disputeCreditRecord: async (_, { input }, { viewer, database, loaders, accountStanding }) => {
    const subjectId = requireDisputingSubject(viewer);
    await requireLiveAccount(accountStanding);
    return forgetCached(loaders, await fileDispute(database.dataSource, subjectId, input));
  },

  // A caseworker's answer shows the case: the reason is asked before anything changes, the read logged after.
  startDisputeInvestigation: async (_, { id }, { viewer, database, loaders, consentGate }) => {
    requireDisputeStaff(viewer);
    requireStaffReadReason(viewer);
    const dispute = forgetCached(loaders, await startInvestigation(database.dataSource, id));
    return loggedStaffRead(viewer, consentGate, 'Mutation.startDisputeInvestigation', dispute, [dispute.userId]);
  },

  resolveDispute: async (_, { input }, { viewer, database, loaders, consentGate }) => {
    const staffId = requireDisputeStaff(viewer);
    requireStaffReadReason(viewer);
    const dispute = forgetCached(loaders, await resolveDispute(database.dataSource, staffId, input));
    return loggedStaffRead(viewer, consentGate, 'Mutation.resolveDispute', dispute, [dispute.userId]);
  },

  eraseSubjectCreditHistory: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await eraseSubject(database.dataSource, subjectId);
    return true;
  },
};

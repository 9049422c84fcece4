import { requireErasureCaller } from '../../../shared/trust/erasure';
import { requirePartnerManager } from '../../../shared/trust/partner-management';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { UserProfile } from '../entities/UserProfile';
import { ScoringInputsChange } from '../../../shared/scoring/scoring-inputs-change';
import { registerPartner } from '../partners/partner-registry';

export const Mutation: MutationResolvers = {
  registerPartner: (_, { input }, { viewer, database }) => registerPartner(database.dataSource, requirePartnerManager(viewer), input),

  eraseSubjectProfile: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await database.dataSource.transaction(async (manager) => {
      await manager.getRepository(ScoringInputsChange).delete({ userId: subjectId });
      await manager.getRepository(UserProfile).delete({ id: subjectId });
    });
    return true;
  },
};

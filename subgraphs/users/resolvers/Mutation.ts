import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { registerPartner } from '../partners/partner-registry';

export const Mutation: MutationResolvers = {
  registerPartner: (_, { input }, { viewer, database }) =>
    registerPartner(database.dataSource, viewerIdOf(viewer, 'staff'), input),
};

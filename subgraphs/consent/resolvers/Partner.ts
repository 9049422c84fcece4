import type { PartnerResolvers } from '../__generated__/resolvers-types';
import { requireListAccess, withStatus } from '../consents/consent-access';

export const Partner: PartnerResolvers = {
  consentsHeld: async ({ id }, { status }, { viewer, loaders }) => {
    requireListAccess(viewer, { kind: 'partner', id });
    return withStatus(await loaders.consentsByPartnerId.load(id), status);
  },
};

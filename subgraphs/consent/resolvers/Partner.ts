import type { PartnerResolvers } from '../__generated__/resolvers-types';
import { requireListAccess, withStatus } from '../consents/consent-access';

export const Partner: PartnerResolvers = {
  consentsHeld: async ({ id }, { status }, { viewer, loaders }) => {
    const held = () => loaders.consentsByPartnerId.load(id);
    // Staff see each listed consumer's consent: that read lands in each one's access log.
    await requireListAccess(viewer, loaders, { kind: 'partner', id }, 'Partner.consentsHeld', async () =>
      withStatus(await held(), status).map((consent) => consent.subjectId),
    );
    return withStatus(await held(), status);
  },
};

import { PARTNER_MANAGER_ROLE } from '../../../shared/trust/partner-management';
import type { PartnerResolvers } from '../__generated__/resolvers-types';
import { parsePageRequest } from '../../../shared/store/pagination';
import { consentPageOf, requireListAccess } from '../consents/consent-access';
import { requireActivePartner } from '../partners/partner-access';

export const Partner: PartnerResolvers = {
  consentsHeld: async ({ id }, { status, ...args }, { viewer, loaders, accountStanding }) => {
    const request = parsePageRequest(args);
    const page = async () => consentPageOf(await loaders.consentsByPartnerId.load(id), status, request);
    // Staff see each consumer on the page: that read lands in each one's access log.
    await requireListAccess(viewer, loaders, { kind: 'partner', id }, 'Partner.consentsHeld', async () =>
      (await page()).edges.map(({ node }) => node.subjectId),
    );
    await requireActivePartner(loaders.partnerAccessById, viewer, accountStanding);
    return page();
  },
  status: async ({ id }, _, { loaders }) => (await loaders.partnerAccessById.load(id))?.status ?? 'ACTIVE',
  statusChangedAt: async ({ id }, _, { loaders }) => (await loaders.partnerAccessById.load(id))?.changedAt ?? null,
  furnisher: async ({ id }, _, { loaders }) => (await loaders.furnisherByPartnerId.load(id)) !== null,
  // The reason is staff's working note, not the directory's business.
  suspensionReason: async ({ id }, _, { viewer, loaders }) => {
    const mayRead = viewer.kind === 'staff' && (viewer.role === PARTNER_MANAGER_ROLE || viewer.role === 'compliance');
    const access = mayRead ? await loaders.partnerAccessById.load(id) : null;
    return access?.status === 'SUSPENDED' ? access.reason : null;
  },
};

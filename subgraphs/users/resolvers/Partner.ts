import type { PartnerResolvers } from '../__generated__/resolvers-types';

export const Partner: PartnerResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.partnerById.load(id),
  registeredAt: (partner) => partner.createdAt,
};

import type { PartnerCredentialsResolvers } from '../__generated__/resolvers-types';

export const PartnerCredentials: PartnerCredentialsResolvers = {
  partner: (issued, _, { loaders }) => loaders.partnerById.load(issued.partnerId).then((partner) => partner!),
};

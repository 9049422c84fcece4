import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { issuePartnerCredentials } from '../partners/partner-credentials';
import { registerPartner, setRedirectUri } from '../partners/partner-registry';

export const Mutation: MutationResolvers = {
  registerPartner: (_, { input }, { viewer, database }) =>
    registerPartner(database.dataSource, viewerIdOf(viewer, 'staff'), input),
  issuePartnerCredentials: (_, { partnerId }, { viewer, database }) =>
    issuePartnerCredentials(database.dataSource, viewerIdOf(viewer, 'staff'), partnerId),
  setRedirectUri: (_, { redirectUri }, { viewer, database }) =>
    setRedirectUri(database.dataSource, viewerIdOf(viewer, 'partner'), redirectUri),
};

import type { ConsentRequestResolvers } from '../__generated__/resolvers-types';
import { mayReadConsent } from '../consents/consent-access';
import { authorisationUrl, requestStatus, returnUrl } from '../consent-requests/request-access';
import { scopesInPlainWords } from '../consent-terms/scope-words';

export const ConsentRequest: ConsentRequestResolvers = {
  status: (request) => requestStatus(request, new Date()),
  partner: (request) => ({ __typename: 'Partner', id: request.partnerId }),
  scopesInPlainWords: (request) => scopesInPlainWords(request.scopes),
  // The partner's own customer reference is its business, not the consumer's.
  reference: (request, _, { viewer }) =>
    viewer.kind === 'partner' && viewer.partnerId === request.partnerId ? request.reference : null,
  authorisationUrl,
  // The state is the partner's own, like its reference; the return URL carries it to the consumer who answered.
  state: (request, _, { viewer }) =>
    viewer.kind === 'partner' && viewer.partnerId === request.partnerId ? request.state : null,
  returnUrl: (request, _, { viewer }) =>
    viewer.kind === 'partner' || (viewer.kind === 'user' && viewer.userId === request.subjectId)
      ? returnUrl(request)
      : null,
  consent: async (request, _, { viewer, loaders }) => {
    const consent = request.consentId ? await loaders.consentById.load(request.consentId) : null;
    return consent && mayReadConsent(viewer, consent) ? consent : null;
  },
};

import type { ConsentResolvers } from '../__generated__/resolvers-types';
import { mayReadConsent } from '../consents/consent-access';
import { consentStatus } from '../consents/consent-terms';
import { scopesInPlainWords } from '../consents/scope-words';

export const Consent: ConsentResolvers = {
  __resolveReference: async ({ id }, { loaders, viewer }) => {
    const consent = await loaders.consentById.load(id);
    return consent && mayReadConsent(viewer, consent) ? consent : null;
  },
  subject: (consent) => ({ __typename: 'User', id: consent.subjectId }),
  partner: (consent) => ({ __typename: 'Partner', id: consent.partnerId }),
  scopesInPlainWords: (consent) => scopesInPlainWords(consent.scopes),
  status: (consent) => consentStatus(consent, new Date()),
};

import { consentStatus } from '../consents/consent-terms';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { Consent as ConsentRow } from '../entities/Consent';
import { ConsentLoaders } from '../loaders';
import { mayReadConsent } from '../consents/consent-access';

type Context = SubgraphContext<ConsentLoaders>;

export const Consent = {
  __resolveReference: async ({ id }: { id: string }, { loaders, viewer }: Context) => {
    const consent = await loaders.consentById.load(id);
    return consent && mayReadConsent(viewer, consent) ? consent : null;
  },
  subject: (consent: ConsentRow) => ({ __typename: 'User', id: consent.subjectId }),
  partner: (consent: ConsentRow) => ({ __typename: 'Partner', id: consent.partnerId }),
  status: (consent: ConsentRow) => consentStatus(consent, new Date()),
};

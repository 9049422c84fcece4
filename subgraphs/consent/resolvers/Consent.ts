import type { ConsentResolvers } from '../__generated__/resolvers-types';
import { mayReadConsent } from '../consents/consent-access';
import { consentStatus } from '../consent-terms/consent-terms';
import { scopesInPlainWords } from '../consent-terms/scope-words';
import { Consent as ConsentEntity } from '../entities/Consent';
import type { ConsentContext } from '../loaders';

/**
 * A consent's receipts, for whoever may read the consent itself (and no one else, however
 * the consent was reached): the partner reads its own copies, which name the subject by its
 * id for them (a receipt older than those copies is shown once the consent subgraph's
 * start has signed its copy: receipts/partner-copies.ts), everyone else the consumer's.
 */
async function receiptsOf(consent: ConsentEntity, { viewer, loaders }: ConsentContext) {
  if (!mayReadConsent(viewer, consent)) return [];
  const receipts = await loaders.receiptsByConsentId.load(consent.id);
  if (viewer.kind !== 'partner') return receipts;
  return receipts.flatMap((receipt) => (receipt.partnerJws ? [{ ...receipt, jws: receipt.partnerJws }] : []));
}

export const Consent: ConsentResolvers = {
  __resolveReference: async ({ id }, { loaders, viewer }) => {
    const consent = await loaders.consentById.load(id);
    return consent && mayReadConsent(viewer, consent) ? consent : null;
  },
  subject: (consent) => ({ __typename: 'User', id: consent.subjectId }),
  partner: (consent) => ({ __typename: 'Partner', id: consent.partnerId }),
  scopesInPlainWords: (consent) => scopesInPlainWords(consent.scopes),
  status: (consent) => consentStatus(consent, new Date()),
  receipt: async (consent, _, context) => (await receiptsOf(consent, context))[0]?.jws ?? null,
  receipts: (consent, _, context) => receiptsOf(consent, context),
};

import { badUserInput } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { existingEntityIds, SubgraphUrls } from '../../../shared/trust/internal-client';
import { Consent } from '../entities/Consent';
import { GrantRequest, validateGrant } from '../consent-terms/consent-policy';
import { createConsent, withGrantingSubject } from './create-consent';

export interface GrantConsentInput extends GrantRequest {
  partnerId: string;
}

/**
 * A consumer grants a partner some scopes. The partner is checked with the users
 * subgraph first, outside any transaction; then the consent is created under the
 * subject's lock, with its GIVEN receipt and the partner's notice (see create-consent.ts).
 */
export async function grantConsent(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  subjectId: string,
  input: GrantConsentInput,
): Promise<Consent> {
  const partnerId = requireWellFormedId(input.partnerId, 'partnerId');
  const now = new Date();
  const terms = validateGrant(input, now);
  const known = await existingEntityIds(peers, 'users', 'consent', 'Partner', [partnerId]);
  if (!known.has(partnerId)) throw badUserInput(`There is no partner ${partnerId}.`, 'partnerId');
  return withGrantingSubject(database.dataSource, subjectId, (manager) =>
    createConsent(manager, { subjectId, partnerId, ...terms }, 'consumer grant', now),
  );
}

import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { existingEntityIds, SubgraphUrls } from '../../../shared/trust/internal-client';
import { Consent } from '../entities/Consent';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ConsentRequest, validateConsentRequest } from './consent-policy';
import { withSubjectLocked } from './subject-lock';
import { queueWebhookEvents } from '../webhooks/webhook-events';
import { issueGivenReceipt } from '../receipts/issue-receipts';

export interface GrantConsentInput extends ConsentRequest {
  partnerId: string;
}

/**
 * A consumer grants a partner some scopes. The partner is checked with the users
 * subgraph first, outside any transaction; the erasure check and the insert then run
 * under the subject's lock, so an erasure either sees this consent (and revokes it)
 * or this grant sees the erasure (and is refused). The consumer's GIVEN receipt and the
 * partner's `consent.granted` notice are written in the same transaction.
 */
export async function grantConsent(database: SubgraphDatabase, peers: SubgraphUrls, subjectId: string, input: GrantConsentInput): Promise<Consent> {
  const partnerId = requireWellFormedId(input.partnerId, 'partnerId');
  const now = new Date();
  const terms = validateConsentRequest(input, now);
  const known = await existingEntityIds(peers, 'users', 'consent', 'Partner', [partnerId]);
  if (!known.has(partnerId)) throw badUserInput(`There is no partner ${partnerId}.`, 'partnerId');
  return withSubjectLocked(database.dataSource, subjectId, async (manager) => {
    if (await manager.getRepository(ErasureRequest).existsBy({ subjectId })) {
      throw forbidden('This account has been deleted: it can no longer grant consents.');
    }
    const consent = Object.assign(new Consent(), { id: randomUUID(), subjectId, partnerId, ...terms, grantedAt: now, revokedAt: null });
    await manager.getRepository(Consent).insert(consent);
    await issueGivenReceipt(manager, consent, 'consumer grant');
    await queueWebhookEvents(manager, 'consent.granted', [consent], now);
    return consent;
  });
}

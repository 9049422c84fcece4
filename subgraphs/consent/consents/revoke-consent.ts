import { IsNull } from 'typeorm';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Consent } from '../entities/Consent';
import { recordConsentChange } from './record-consent-change';

/**
 * The subject revokes one of their consents. The conditional UPDATE of the one column
 * (not a save: an erasure may pseudonymise the row meanwhile), the WITHDRAWN receipt
 * and the partner's `consent.revoked` notice commit together; revoking twice notifies once.
 */
export async function revokeConsent(
  database: SubgraphDatabase,
  subjectId: string,
  id: string,
  now = new Date(),
): Promise<Consent> {
  const consentId = requireWellFormedId(id);
  return database.dataSource.transaction(async (manager) => {
    const consents = manager.getRepository(Consent);
    const revoked = await consents.update({ id: consentId, subjectId, revokedAt: IsNull() }, { revokedAt: now });
    const consent = await consents.findOneBy({ id: consentId, subjectId });
    // Another consumer's consent is reported as missing: its existence is not theirs to learn.
    if (!consent) throw notFound('Consent', id);
    if (revoked.affected) await recordConsentChange(manager, 'WITHDRAWN', [consent], now);
    return consent;
  });
}

import { IsNull, MoreThan } from 'typeorm';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Consent } from '../entities/Consent';
import { ConsentChange, validateConsentChange } from '../consent-terms/consent-policy';
import { consentStatus } from '../consent-terms/consent-terms';
import { recordConsentChange } from './record-consent-change';

/**
 * The subject changes an active consent's scopes and/or expiry (held to the rules of a
 * grant made now). One conditional UPDATE decides, so a consent revoked, expired or
 * erased meanwhile is never revived; the AMENDED receipt and the partner's
 * `consent.changed` notice commit with it.
 */
export async function changeConsent(
  database: SubgraphDatabase,
  subjectId: string,
  id: string,
  input: ConsentChange,
  now = new Date(),
): Promise<Consent> {
  const consentId = requireWellFormedId(id);
  const change = validateConsentChange(input, now);
  return database.dataSource.transaction(async (manager) => {
    const consents = manager.getRepository(Consent);
    const changed = await consents.update(
      { id: consentId, subjectId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      change,
    );
    const consent = await consents.findOneBy({ id: consentId, subjectId });
    // Another consumer's consent is reported as missing: its existence is not theirs to learn.
    if (!consent) throw notFound('Consent', id);
    if (!changed.affected) {
      throw badUserInput(
        `Consent ${id} is ${consentStatus(consent, now).toLowerCase()}: only an active consent can be changed; grant a new one.`,
        'id',
      );
    }
    await recordConsentChange(manager, 'AMENDED', [consent], now);
    return consent;
  });
}

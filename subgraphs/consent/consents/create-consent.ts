import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { Consent } from '../entities/Consent';
import type { CollectionMethod } from '../receipts/receipt-claims';
import { withLiveSubjectLocked } from '../subject-lock';
import { recordConsentChange } from './record-consent-change';

export interface NewConsent {
  subjectId: string;
  partnerId: string;
  scopes: ConsentScope[];
  purpose: string;
  expiresAt: Date;
}

/**
 * Runs `work` under the subject's lock once the subject is known not to be erased, so
 * an erasure either sees the consent `work` creates (and revokes it) or `work` sees the
 * erasure (and is refused). Every way a consent comes to be goes through here.
 */
export function withGrantingSubject<T>(
  dataSource: DataSource,
  subjectId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return withLiveSubjectLocked(dataSource, subjectId, work);
}

/**
 * A consent comes to be: the row, the consumer's GIVEN receipt and the partner's
 * `consent.granted` notice, in the caller's transaction (see withGrantingSubject),
 * whether the consumer granted it or approved a partner's request.
 */
export async function createConsent(
  manager: EntityManager,
  terms: NewConsent,
  collectionMethod: CollectionMethod,
  now: Date,
): Promise<Consent> {
  const consent = Object.assign(new Consent(), {
    id: randomUUID(),
    ...terms,
    grantedAt: now,
    revokedAt: null,
    expiryNotifiedAt: null,
  });
  await manager.getRepository(Consent).insert(consent);
  await recordConsentChange(manager, 'GIVEN', [consent], now, collectionMethod);
  return consent;
}

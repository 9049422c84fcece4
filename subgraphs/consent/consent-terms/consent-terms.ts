import type { ConsentScope } from '../../../shared/consent/consent-scopes';

export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** What a consent grants and for how long: all the rules below need of it. */
export interface ConsentTerms {
  scopes: readonly ConsentScope[];
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Revocation wins over expiry: a revoked consent stays revoked in the consumer's list. */
export function consentStatus(consent: ConsentTerms, now: Date): ConsentStatus {
  if (consent.revokedAt && consent.revokedAt <= now) return 'REVOKED';
  if (consent.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}

export function consentCovers(consent: ConsentTerms, scope: ConsentScope, now: Date): boolean {
  return consentStatus(consent, now) === 'ACTIVE' && consent.scopes.includes(scope);
}

/**
 * What a consent can cover. Score scopes are split so a consumer can share as little
 * as a partner needs: a yes/no threshold answer reveals far less than the value.
 */
export const CONSENT_SCOPES = [
  'PROFILE',
  'CREDIT_HISTORY',
  'SCORE_VALUE',
  'SCORE_BAND',
  'SCORE_FACTORS',
  'SCORE_THRESHOLD',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

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

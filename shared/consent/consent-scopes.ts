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

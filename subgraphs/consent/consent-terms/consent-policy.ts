import { badUserInput } from '../../../shared/errors';
import { CONSENT_SCOPES, ConsentScope } from '../../../shared/consent/consent-scopes';
import { wholeNumberFromEnv } from '../../../shared/env';
import { DAY_MS } from '../../../shared/time';

/** How long a consent lasts unless the consumer says otherwise, and at most. */
export function consentDurations(env: NodeJS.ProcessEnv = process.env) {
  const defaultDays = wholeNumberFromEnv(env, 'CONSENT_DEFAULT_DAYS', 365, 'days');
  const maxDays = wholeNumberFromEnv(env, 'CONSENT_MAX_DAYS', 365, 'days');
  if (defaultDays > maxDays) throw new Error('CONSENT_DEFAULT_DAYS may not exceed CONSENT_MAX_DAYS.');
  return { defaultDays, maxDays };
}

/** What any consent is for: some scopes and a purpose, whoever proposes it (a consumer's grant or a partner's request). */
export interface ConsentPurpose {
  scopes: readonly string[];
  purpose: string;
}

export interface GrantRequest extends ConsentPurpose {
  expiresAt?: Date | null;
}

function validScopes(requested: readonly string[]): ConsentScope[] {
  const scopes = [...new Set(requested)];
  if (scopes.length === 0) throw badUserInput('Grant at least one scope.', 'scopes');
  const unknown = scopes.filter((scope) => !(CONSENT_SCOPES as readonly string[]).includes(scope));
  if (unknown.length) throw badUserInput(`Unknown scopes: ${unknown.join(', ')}.`, 'scopes');
  return scopes as ConsentScope[];
}

/** Scopes known and at least one, the purpose trimmed and 3 to 500 characters; a rejection names the argument. */
export function validateConsentPurpose(input: ConsentPurpose): { scopes: ConsentScope[]; purpose: string } {
  const scopes = validScopes(input.scopes);
  const purpose = input.purpose.trim();
  if (purpose.length < 3 || purpose.length > 500)
    throw badUserInput('State a purpose of 3 to 500 characters.', 'purpose');
  return { scopes, purpose };
}

/** A consent's length in whole days, CONSENT_DEFAULT_DAYS when none is given, at most CONSENT_MAX_DAYS. */
export function validateDurationDays(
  durationDays: number | null | undefined,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const { defaultDays, maxDays } = consentDurations(env);
  const chosen = durationDays ?? defaultDays;
  if (chosen < 1) throw badUserInput('A consent lasts at least one day.', 'durationDays');
  if (chosen > maxDays) throw badUserInput(`A consent may last at most ${maxDays} days.`, 'durationDays');
  return chosen;
}

/** An expiry in the future and at most CONSENT_MAX_DAYS from now, whether granted or changed now. */
function validExpiry(expiresAt: Date, now: Date, maxDays: number): Date {
  if (expiresAt <= now) throw badUserInput('The expiry must be in the future.', 'expiresAt');
  if (expiresAt.getTime() > now.getTime() + maxDays * DAY_MS) {
    throw badUserInput(`A consent may last at most ${maxDays} days.`, 'expiresAt');
  }
  return expiresAt;
}

/** Checks what a consumer asked to grant; every rejection names the argument at fault. */
export function validateGrant(input: GrantRequest, now: Date, env: NodeJS.ProcessEnv = process.env) {
  const { defaultDays, maxDays } = consentDurations(env);
  const { scopes, purpose } = validateConsentPurpose(input);
  const expiresAt = validExpiry(input.expiresAt ?? new Date(now.getTime() + defaultDays * DAY_MS), now, maxDays);
  return { scopes, purpose, expiresAt };
}

export interface ConsentChange {
  scopes?: readonly string[] | null;
  expiresAt?: Date | null;
}

/**
 * Checks what a consumer asked to change in a consent: new scopes and/or a new expiry,
 * held to the rules of a grant made now. Returns only what changes.
 */
export function validateConsentChange(input: ConsentChange, now: Date, env: NodeJS.ProcessEnv = process.env) {
  if (!input.scopes && !input.expiresAt) throw badUserInput('Give new scopes, a new expiry or both.', 'input');
  const { maxDays } = consentDurations(env);
  return {
    ...(input.scopes ? { scopes: validScopes(input.scopes) } : {}),
    ...(input.expiresAt ? { expiresAt: validExpiry(input.expiresAt, now, maxDays) } : {}),
  };
}

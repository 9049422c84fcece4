import { badUserInput } from '../../../shared/errors';
import { CONSENT_SCOPES, ConsentScope } from '../../../shared/consent/consent-scopes';

const DAY_MS = 86_400_000;

function days(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const value = env[name] === undefined ? fallback : Number(env[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of days, at least 1.`);
  return value;
}

/** How long a consent lasts unless the consumer says otherwise, and at most. */
export function consentDurations(env: NodeJS.ProcessEnv = process.env) {
  const defaultDays = days('CONSENT_DEFAULT_DAYS', 365, env);
  const maxDays = days('CONSENT_MAX_DAYS', 365, env);
  if (defaultDays > maxDays) throw new Error('CONSENT_DEFAULT_DAYS may not exceed CONSENT_MAX_DAYS.');
  return { defaultDays, maxDays };
}

export interface ConsentRequest {
  scopes: readonly string[];
  purpose: string;
  expiresAt?: Date | null;
}

/** Checks what a consumer asked to grant; every rejection names the argument at fault. */
export function validateConsentRequest(input: ConsentRequest, now: Date, env: NodeJS.ProcessEnv = process.env) {
  const { defaultDays, maxDays } = consentDurations(env);
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) throw badUserInput('Grant at least one scope.', 'scopes');
  const unknown = scopes.filter((scope) => !(CONSENT_SCOPES as readonly string[]).includes(scope));
  if (unknown.length) throw badUserInput(`Unknown scopes: ${unknown.join(', ')}.`, 'scopes');
  const purpose = input.purpose.trim();
  if (purpose.length < 3 || purpose.length > 500) throw badUserInput('State a purpose of 3 to 500 characters.', 'purpose');
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + defaultDays * DAY_MS);
  if (expiresAt <= now) throw badUserInput('The expiry must be in the future.', 'expiresAt');
  if (expiresAt.getTime() > now.getTime() + maxDays * DAY_MS) {
    throw badUserInput(`A consent may last at most ${maxDays} days.`, 'expiresAt');
  }
  return { scopes: scopes as ConsentScope[], purpose, expiresAt };
}

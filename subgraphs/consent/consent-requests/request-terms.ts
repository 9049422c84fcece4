import { createHmac } from 'node:crypto';
import { normalizeEmail } from '../../../shared/email';
import { badUserInput } from '../../../shared/errors';
import { internalSecret } from '../../../shared/trust/secrets';
import { HOUR_MS } from '../../../shared/time';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { validateConsentPurpose, validateDurationDays } from '../consent-terms/consent-policy';

const REFERENCE_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 254;

/** How long a request waits for its answer: CREDENCE_CONSENT_REQUEST_TTL_HOURS (24), read per request. */
export function consentRequestTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.CREDENCE_CONSENT_REQUEST_TTL_HOURS ?? 24);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new Error('CREDENCE_CONSENT_REQUEST_TTL_HOURS must be a positive number of hours.');
  return hours * HOUR_MS;
}

export interface RequestConsentInput {
  scopes: readonly string[];
  purpose: string;
  durationDays?: number | null;
  reference?: string | null;
  consumerEmail?: string | null;
  redirectUri?: string | null;
  state?: string | null;
}

export interface RequestTerms {
  scopes: ConsentScope[];
  purpose: string;
  durationDays: number;
  reference: string | null;
  email: string | null;
  state: string | null;
}

function validateReference(reference: string | null | undefined): string | null {
  if (reference === null || reference === undefined) return null;
  const trimmed = reference.trim();
  if (trimmed.length < 1 || trimmed.length > REFERENCE_MAX_LENGTH) {
    throw badUserInput(`A reference is 1 to ${REFERENCE_MAX_LENGTH} characters, not only spaces.`, 'reference');
  }
  return trimmed;
}

function validateEmail(email: string | null | undefined): string | null {
  if (email === null || email === undefined) return null;
  const normalized = normalizeEmail(email);
  const at = normalized.indexOf('@');
  if (
    normalized.length > EMAIL_MAX_LENGTH ||
    at < 1 ||
    at !== normalized.lastIndexOf('@') ||
    at === normalized.length - 1 ||
    /\s/.test(normalized)
  ) {
    throw badUserInput("Give the consumer's e-mail address, or none for an open request.", 'consumerEmail');
  }
  return normalized;
}

const STATE_MAX_LENGTH = 500;

function validateState(state: string | null | undefined): string | null {
  if (state === null || state === undefined) return null;
  if (state.length < 1 || state.length > STATE_MAX_LENGTH)
    throw badUserInput(`A state is 1 to ${STATE_MAX_LENGTH} characters.`, 'state');
  return state;
}

/**
 * The redirect URI a request carries: the partner's registered one (OAuth's exact match,
 * so a request cannot send consumers anywhere else). A state needs somewhere to go back to.
 */
export function requestRedirectUri(
  registered: string | null,
  asked: string | null | undefined,
  state: string | null,
): string | null {
  if (asked !== null && asked !== undefined && asked !== registered) {
    throw badUserInput(
      registered
        ? 'redirectUri must be the one registered for you (or omitted).'
        : 'Register a redirectUri first (setRedirectUri).',
      'redirectUri',
    );
  }
  if (state !== null && !registered)
    throw badUserInput(
      'A state is handed back on the redirect: register a redirectUri first (setRedirectUri).',
      'state',
    );
  return registered;
}

/** A partner's proposed terms, checked by the same rules as a consumer's grant; every rejection names its argument. */
export function validateRequestTerms(input: RequestConsentInput, env: NodeJS.ProcessEnv = process.env): RequestTerms {
  return {
    ...validateConsentPurpose(input),
    durationDays: validateDurationDays(input.durationDays, env),
    reference: validateReference(input.reference),
    email: validateEmail(input.consumerEmail),
    state: validateState(input.state),
  };
}

/**
 * What is kept of the address: a keyed hash, enough to count a partner's unanswered
 * requests to it, useless to anyone without the internal secret.
 */
export const emailHash = (email: string) =>
  createHmac('sha256', internalSecret()).update(`consent-request-email:${email}`).digest('hex');

export const requestExpiry = (createdAt: Date, env: NodeJS.ProcessEnv = process.env) =>
  new Date(createdAt.getTime() + consentRequestTtlMs(env));

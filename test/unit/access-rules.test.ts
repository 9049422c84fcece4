import { decide } from '../../subgraphs/consent/decision/consent-rule';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { Viewer } from '../../shared/trust/viewer';
import { ConsentScope } from '../../shared/consent/consent-scopes';

const NOW = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;
const SUBJECT = 'subject-1';
const PARTNER = 'partner-1';

function consent(overrides: Partial<Consent> = {}): Consent {
  return Object.assign(new Consent(), {
    id: 'c-1',
    subjectId: SUBJECT,
    partnerId: PARTNER,
    scopes: ['SCORE_VALUE'],
    purpose: 'deposit waiver',
    grantedAt: new Date(NOW.getTime() - DAY),
    expiresAt: new Date(NOW.getTime() + DAY),
    revokedAt: null,
    ...overrides,
  });
}

const partner: Viewer = { kind: 'partner', partnerId: PARTNER };
const ROLES = ['support', 'disputes', 'compliance'] as const;

test.each<[string, Viewer, Consent[], ConsentScope, boolean, string | null]>([
  ['the subject, own data', { kind: 'user', userId: SUBJECT }, [], 'SCORE_VALUE', true, null],
  ['another consumer', { kind: 'user', userId: 'someone-else' }, [], 'SCORE_VALUE', false, 'FORBIDDEN'],
  ['anonymous', { kind: 'anonymous' }, [], 'SCORE_BAND', false, 'UNAUTHENTICATED'],
  ['a partner with an active consent for the scope', partner, [consent()], 'SCORE_VALUE', true, null],
  ['a partner with no consent', partner, [], 'SCORE_VALUE', false, 'CONSENT_REQUIRED'],
  [
    'a partner whose consent was revoked',
    partner,
    [consent({ revokedAt: new Date(NOW.getTime() - 1) })],
    'SCORE_VALUE',
    false,
    'CONSENT_REQUIRED',
  ],
  [
    'a partner whose consent is revoked from a later date',
    partner,
    [consent({ revokedAt: new Date(NOW.getTime() + DAY) })],
    'SCORE_VALUE',
    true,
    null,
  ],
  ['a partner whose consent expired', partner, [consent({ expiresAt: NOW })], 'SCORE_VALUE', false, 'CONSENT_REQUIRED'],
  [
    'a partner whose consent covers another scope',
    partner,
    [consent({ scopes: ['SCORE_BAND'] })],
    'SCORE_VALUE',
    false,
    'CONSENT_REQUIRED',
  ],
  [
    "a partner holding another partner's consent",
    partner,
    [consent({ partnerId: 'partner-2' })],
    'SCORE_VALUE',
    false,
    'CONSENT_REQUIRED',
  ],
  [
    'a partner holding a consent from another subject',
    partner,
    [consent({ subjectId: 'subject-2' })],
    'SCORE_VALUE',
    false,
    'CONSENT_REQUIRED',
  ],
  [
    'staff with a read role and a reason',
    { kind: 'staff', staffId: 's', role: 'support', reason: 'ticket 1' },
    [],
    'CREDIT_HISTORY',
    true,
    null,
  ],
  [
    'staff with a read role and no reason',
    { kind: 'staff', staffId: 's', role: 'support', reason: null },
    [],
    'CREDIT_HISTORY',
    false,
    'FORBIDDEN',
  ],
  [
    'staff whose role may not read',
    { kind: 'staff', staffId: 's', role: 'engineer', reason: 'debugging' },
    [],
    'CREDIT_HISTORY',
    false,
    'FORBIDDEN',
  ],
])('%s: allowed=%s', (_, viewer, consents, scope, allowed, code) => {
  const verdict = decide(viewer, SUBJECT, scope, consents, NOW, [...ROLES]);
  expect(verdict.allowed).toBe(allowed);
  expect(verdict.code).toBe(code);
});

test('a partner is told the same thing whatever the reason it is refused', () => {
  const refusals = [
    [],
    [consent({ revokedAt: NOW })],
    [consent({ expiresAt: NOW })],
    [consent({ scopes: ['SCORE_BAND'] })],
  ].map((consents) => decide(partner, SUBJECT, 'SCORE_VALUE', consents, NOW, [...ROLES]));
  expect(new Set(refusals.map((r) => JSON.stringify(r))).size).toBe(1);
});

test('an allowed partner read carries the consent and its purpose for the access log', () => {
  expect(decide(partner, SUBJECT, 'SCORE_VALUE', [consent()], NOW, [...ROLES])).toEqual(
    expect.objectContaining({ consentId: 'c-1', purpose: 'deposit waiver' }),
  );
});

test.each<[string, Viewer, boolean, string | null]>([
  [
    'staff with a read role and a reason',
    { kind: 'staff', staffId: 's', role: 'compliance', reason: 'audit 9' },
    true,
    null,
  ],
  [
    'staff whose role may not read',
    { kind: 'staff', staffId: 's', role: 'engineer', reason: 'debugging' },
    false,
    'FORBIDDEN',
  ],
  ['a partner, even one holding every scope', partner, false, 'CONSENT_REQUIRED'],
  ['the subject', { kind: 'user', userId: SUBJECT }, true, null],
])('a read no scope covers (consents, access log) by %s: allowed=%s', (_, viewer, allowed, code) => {
  const everything = consent({
    scopes: ['PROFILE', 'CREDIT_HISTORY', 'SCORE_VALUE', 'SCORE_BAND', 'SCORE_FACTORS', 'SCORE_THRESHOLD'],
  });
  const verdict = decide(viewer, SUBJECT, null, [everything], NOW, [...ROLES]);
  expect(verdict.allowed).toBe(allowed);
  expect(verdict.code).toBe(code);
});

import { mayReadRequest, requestStatus } from '../../subgraphs/consent/consent-requests/request-access';
import {
  consentRequestTtlMs,
  emailHash,
  validateRequestTerms,
} from '../../subgraphs/consent/consent-requests/request-terms';
import { ConsentRequest } from '../../subgraphs/consent/entities/ConsentRequest';
import { Viewer } from '../../shared/trust/viewer';

const NOW = new Date('2026-11-01T00:00:00Z');
const PARTNER = 'partner-1';
const SUBJECT = 'subject-1';

function consentRequest(overrides: Partial<ConsentRequest> = {}): ConsentRequest {
  return Object.assign(new ConsentRequest(), {
    id: 'r-1',
    partnerId: PARTNER,
    status: 'AWAITING_AUTHORISATION',
    subjectId: null,
    emailHash: null,
    scopes: ['SCORE_BAND'],
    purpose: 'deposit',
    durationDays: 30,
    reference: 'ref',
    createdAt: NOW,
    expiresAt: new Date(NOW.getTime() + 1000),
    answeredAt: null,
    consentId: null,
    ...overrides,
  });
}

const addressed = consentRequest({ subjectId: SUBJECT, emailHash: 'h' });
const unmatched = consentRequest({ emailHash: 'h' });
const open = consentRequest();
const bound = consentRequest({ subjectId: SUBJECT, status: 'AUTHORISED' });
const consumer: Viewer = { kind: 'user', userId: SUBJECT };
const otherConsumer: Viewer = { kind: 'user', userId: 'subject-2' };

describe('who may see a consent request', () => {
  test.each<[string, Viewer, ConsentRequest, boolean]>([
    ['the partner that made it', { kind: 'partner', partnerId: PARTNER }, addressed, true],
    ['another partner', { kind: 'partner', partnerId: 'partner-2' }, addressed, false],
    ['the consumer it is addressed to', consumer, addressed, true],
    ['another consumer, addressed', otherConsumer, addressed, false],
    ['any consumer, an open one', otherConsumer, open, true],
    ['another consumer, an open one bound to the first', otherConsumer, bound, false],
    ['the consumer who answered an open one', consumer, bound, true],
    ['any consumer, addressed to an e-mail that matched no one', consumer, unmatched, false],
    ['staff', { kind: 'staff', staffId: 's', role: 'compliance', reason: 'ticket' }, addressed, false],
    ['anonymous', { kind: 'anonymous' }, open, false],
  ])('%s: %s', (_, viewer, request, may) => {
    expect(mayReadRequest(viewer, request)).toBe(may);
  });
});

test.each<[string, Partial<ConsentRequest>, string]>([
  ['awaiting, before its expiry', {}, 'AWAITING_AUTHORISATION'],
  ['awaiting, at its expiry', { expiresAt: NOW }, 'EXPIRED'],
  ['approved, then past the expiry', { status: 'AUTHORISED', expiresAt: NOW }, 'AUTHORISED'],
  ['declined, then past the expiry', { status: 'REJECTED', expiresAt: NOW }, 'REJECTED'],
])('a request %s reads %s', (_, overrides, status) => {
  expect(requestStatus(consentRequest(overrides), NOW)).toBe(status);
});

test('the time to answer is CREDENCE_CONSENT_REQUEST_TTL_HOURS, 24 by default, and must be positive', () => {
  expect(consentRequestTtlMs({})).toBe(24 * 3_600_000);
  expect(consentRequestTtlMs({ CREDENCE_CONSENT_REQUEST_TTL_HOURS: '0.5' })).toBe(1_800_000);
  for (const bad of ['0', '-1', 'soon'])
    expect(() => consentRequestTtlMs({ CREDENCE_CONSENT_REQUEST_TTL_HOURS: bad })).toThrow('positive');
});

test('an e-mail counts alike however it is written, and only its keyed hash is kept', () => {
  const terms = validateRequestTerms({
    scopes: ['SCORE_BAND'],
    purpose: 'deposit',
    consumerEmail: '  Ada.Lovelace@Example.COM ',
  });
  expect(terms.email).toBe('ada.lovelace@example.com');
  expect(emailHash(terms.email!)).toBe(emailHash('ada.lovelace@example.com'));
  expect(emailHash(terms.email!)).toMatch(/^[0-9a-f]{64}$/);
  expect(emailHash(terms.email!)).not.toContain('ada');
});

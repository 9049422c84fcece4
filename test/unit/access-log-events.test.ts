import { Verdict } from '../../subgraphs/consent/decision/verdict';
import { readEvents } from '../../subgraphs/consent/decision/read-events';
import { ReadRequest } from '../../subgraphs/consent/decision/verdict';
import { summarizeReadEvent } from '../../subgraphs/consent/access-log/summary';
import { AccessLogEntry, FieldRead } from '../../subgraphs/consent/entities/AccessLogEntry';
import { Viewer } from '../../shared/trust/viewer';
import { declaredReads } from '../support/declared-reads';

const NOW = new Date('2026-11-01T12:00:00Z');
const allow = (purpose: string | null = 'deposit waiver', consentId: string | null = 'c-1'): Verdict => ({
  allowed: true,
  code: null,
  message: null,
  consentId,
  purpose,
});
const deny = (code: 'CONSENT_REQUIRED' | 'FORBIDDEN' = 'CONSENT_REQUIRED'): Verdict => ({
  allowed: false,
  code,
  message: 'no',
  consentId: null,
  purpose: null,
});
const partner: Viewer = { kind: 'partner', partnerId: 'p-1' };

describe('read events', () => {
  const requests: ReadRequest[] = [
    { subjectId: 'u-2', scope: 'SCORE_VALUE', field: 'CreditScore.value' },
    { subjectId: 'u-1', scope: 'SCORE_THRESHOLD', field: 'User.scoreAtLeast', detail: '{"threshold":693}' },
    { subjectId: 'u-2', scope: 'SCORE_BAND', field: 'CreditScore.band' },
    { subjectId: 'u-1', scope: 'SCORE_BAND', field: 'CreditScore.band' },
  ];

  test('are one per subject, in subject order, each listing its fields with their outcomes', () => {
    const events = readEvents(
      'req-1',
      partner,
      requests,
      [deny(), allow(), deny(), allow('band for travel', 'c-2')],
      NOW,
    );
    expect(events.map((e) => [e.requestId, e.subjectId, e.decision])).toEqual([
      ['req-1', 'u-1', 'ALLOWED'],
      ['req-1', 'u-2', 'DENIED'],
    ]);
    expect(events[0].reads).toEqual([
      {
        field: 'User.scoreAtLeast',
        scope: 'SCORE_THRESHOLD',
        detail: '{"threshold":693}',
        outcome: 'ALLOWED',
        denialCode: null,
        consentId: 'c-1',
      },
      {
        field: 'CreditScore.band',
        scope: 'SCORE_BAND',
        detail: null,
        outcome: 'ALLOWED',
        denialCode: null,
        consentId: 'c-2',
      },
    ]);
    expect(events[0].purpose).toBe('deposit waiver; band for travel');
    expect(events[1].reads.map((r) => [r.field, r.outcome, r.denialCode])).toEqual([
      ['CreditScore.value', 'DENIED', 'CONSENT_REQUIRED'],
      ['CreditScore.band', 'DENIED', 'CONSENT_REQUIRED'],
    ]);
    expect(events[1].purpose).toBeNull();
  });

  test("keep a staff member's role and reason, even when refused", () => {
    const staff: Viewer = { kind: 'staff', staffId: 'staff-1', role: 'engineer', reason: 'debugging' };
    const [event] = readEvents(
      'req-2',
      staff,
      [{ subjectId: 'u-1', scope: null, field: 'User.consents' }],
      [deny('FORBIDDEN')],
      NOW,
    );
    expect(event).toEqual(
      expect.objectContaining({
        viewerKind: 'STAFF',
        viewerId: 'staff-1',
        staffRole: 'engineer',
        purpose: 'debugging',
        decision: 'DENIED',
      }),
    );
  });
});

describe("an event's sentence", () => {
  const declared = declaredReads();
  // a read as the decision logs it: with the scope and the words its field declares
  const read = (
    field: string,
    outcome: 'ALLOWED' | 'DENIED',
    detail: string | null = null,
    scope: FieldRead['scope'] = null,
  ): FieldRead => ({
    field,
    scope: scope ?? declared.get(field)?.scope ?? null,
    detail,
    outcome,
    denialCode: outcome === 'DENIED' ? 'CONSENT_REQUIRED' : null,
    consentId: null,
    ...(declared.get(field)?.noun ? { noun: declared.get(field)?.noun } : {}),
  });
  const event = (viewer: Partial<AccessLogEntry>, reads: FieldRead[]) =>
    Object.assign(new AccessLogEntry(), {
      subjectId: 'u-1',
      viewerKind: 'PARTNER',
      viewerId: 'p-1',
      staffRole: null,
      reads,
      ...viewer,
    });

  test.each<[string, AccessLogEntry, string | null, string]>([
    [
      'a partner checking a threshold and reading the band',
      event({}, [read('User.scoreAtLeast', 'ALLOWED', '{"threshold":693}'), read('CreditScore.band', 'ALLOWED')]),
      'Spree Bikes',
      'Spree Bikes checked whether your score is at least 693 and read your score band.',
    ],
    [
      'a partner refused',
      event({}, [
        read('CreditScore.value', 'DENIED'),
        read('CreditScore.band', 'DENIED'),
        read('CreditScore.probabilityOfDefault', 'DENIED'),
      ]),
      'Spree Bikes',
      'Spree Bikes asked for your score, your probability of default and your score band; they were refused because you had not given Spree Bikes consent for them.',
    ],
    [
      'a partner allowed some fields and refused others, across subgraphs',
      event({}, [
        read('User.displayName', 'ALLOWED', null, 'PROFILE'),
        read('User.creditRecords', 'ALLOWED', '{"first":2}', 'CREDIT_HISTORY'),
        read('CreditScore.value', 'ALLOWED'),
        read('CreditScore.band', 'DENIED'),
      ]),
      'Hanse Kredit',
      'Hanse Kredit read your profile, your credit history and your score. It also asked for your score band; it was refused because you had not given Hanse Kredit consent for it.',
    ],
    [
      'a partner whose name could not be looked up',
      event({}, [
        read('User.scoreAtLeast', 'ALLOWED', '{"threshold":600}'),
        read('User.scoreAtLeast', 'ALLOWED', '{"threshold":700}'),
      ]),
      null,
      'A partner checked whether your score is at least 600 or 700.',
    ],
    [
      'staff reading consents and the access log',
      event({ viewerKind: 'STAFF', viewerId: 'staff-1', staffRole: 'support' }, [
        read('User.consents', 'ALLOWED'),
        read('User.accessLog', 'ALLOWED'),
      ]),
      null,
      'Credence staff (support) read your consents and your access log.',
    ],
    [
      'another consumer',
      event({ viewerKind: 'USER', viewerId: 'u-9' }, [
        { ...read('CreditScore.value', 'DENIED'), denialCode: 'FORBIDDEN' },
      ]),
      null,
      'Another Credence user asked for your score; it was refused because only you, and those you allow, may see it.',
    ],
    [
      'the consumer themselves',
      event({ viewerKind: 'USER', viewerId: 'u-1' }, [read('CreditScore.value', 'ALLOWED')]),
      null,
      'You read your score.',
    ],
    [
      'an anonymous caller',
      event({ viewerKind: 'ANONYMOUS', viewerId: null }, [
        { ...read('User.contact', 'DENIED', null, 'PROFILE'), denialCode: 'UNAUTHENTICATED' },
      ]),
      null,
      'Someone who was not signed in asked for your profile; it was refused because nobody may see it without signing in.',
    ],
    [
      'a threshold past the daily limit (logged FORBIDDEN before the limit had a code of its own)',
      event({}, [
        read('User.scoreAtLeast', 'ALLOWED', '{"threshold":600}'),
        { ...read('User.scoreAtLeast', 'DENIED', '{"threshold":730}'), denialCode: 'FORBIDDEN' },
      ]),
      'Spree Bikes',
      'Spree Bikes checked whether your score is at least 600. It also asked whether your score is at least 730; it was refused because Spree Bikes had reached its daily limit of different scores to check.',
    ],
    [
      'a threshold past the daily limit, coded THRESHOLD_LIMIT_REACHED, alone',
      event({}, [
        { ...read('User.scoreAtLeast', 'DENIED', '{"threshold":730}'), denialCode: 'THRESHOLD_LIMIT_REACHED' },
      ]),
      'Spree Bikes',
      'Spree Bikes asked whether your score is at least 730; it was refused because Spree Bikes had reached its daily limit of different scores to check.',
    ],
    [
      'a frozen file and a suspended partner, each with its reason',
      event({}, [
        { ...read('CreditScore.band', 'DENIED'), denialCode: 'SUBJECT_FROZEN' },
        { ...read('CreditScore.value', 'DENIED'), denialCode: 'PARTNER_SUSPENDED' },
      ]),
      'Hanse Kredit',
      'Hanse Kredit asked for your score; it was refused because Credence had suspended Hanse Kredit. It also asked for your score band; it was refused because your file was frozen.',
    ],
  ])('%s', (_, entry, partnerName, sentence) => {
    expect(summarizeReadEvent(entry, partnerName)).toBe(sentence);
  });
});

import { readEvents } from '../../subgraphs/consent/decision/read-events';
import { Verdict } from '../../subgraphs/consent/decision/verdict';
import { Notification, NotificationKind } from '../../subgraphs/consent/entities/Notification';
import { partnerReadNotices } from '../../subgraphs/consent/decision/partner-read-notices';
import { notificationMessage } from '../../subgraphs/consent/notifications/notification-messages';
import { expiryWarningDays } from '../../subgraphs/consent/consents/expire-consents';
import { Viewer } from '../../shared/trust/viewer';

const NOW = new Date('2026-11-01T12:00:00Z');
const allow: Verdict = { allowed: true, code: null, message: null, consentId: 'c-1', purpose: 'deposit' };
const frozen: Verdict = { allowed: false, code: 'SUBJECT_FROZEN', message: 'frozen', consentId: null, purpose: null };
const partner: Viewer = { kind: 'partner', partnerId: 'p-1' };
const band = { subjectId: 'u-1', scope: 'SCORE_BAND' as const, field: 'CreditScore.band' };
const value = { subjectId: 'u-1', scope: 'SCORE_VALUE' as const, field: 'CreditScore.value' };

const row = (kind: NotificationKind, detail: Record<string, string> | null = null) =>
  Object.assign(new Notification(), { kind, subjectId: 'u-1', detail, partnerId: 'p-1' });
/** A RECORDS_FURNISHED line's counts; without unpaidLate, as lines written before it was counted. */
const furnished = (
  accountKinds: string,
  onTime: number,
  late: number,
  defaulted: number,
  maxDaysLate: number,
  unpaidLate?: number,
) =>
  row('RECORDS_FURNISHED', {
    accountKinds,
    ...Object.fromEntries(
      Object.entries({ onTime, late, defaulted, maxDaysLate, unpaidLate })
        .filter(([, count]) => count !== undefined)
        .map(([key, count]) => [key, String(count)]),
    ),
  });

describe('partner read notices', () => {
  test("are one per partner read event, keyed on the event's request and subject; own and staff reads make none", () => {
    const events = readEvents('req-1', partner, [band, { ...band, subjectId: 'u-2' }], [allow, allow], NOW);
    expect(
      partnerReadNotices(events).map((notice) => [
        notice.kind,
        notice.sourceKey,
        notice.partnerId,
        notice.readRequestId,
      ]),
    ).toEqual([
      ['PARTNER_READ', 'read:req-1:u-1', 'p-1', 'req-1'],
      ['PARTNER_READ', 'read:req-1:u-2', 'p-1', 'req-1'],
    ]);
    const own = readEvents('req-2', { kind: 'user', userId: 'u-1' }, [band], [allow], NOW);
    const staff = readEvents(
      'req-3',
      { kind: 'staff', staffId: 's-1', role: 'support', reason: 'ticket' },
      [band],
      [allow],
      NOW,
    );
    expect(partnerReadNotices([...own, ...staff])).toEqual([]);
  });
});

describe('alert sentences', () => {
  const facts = (readEvent: ReturnType<typeof readEvents>[number] | null = null) => ({
    partnerName: 'Spree Bikes',
    readEvent,
  });

  test.each<[string, Notification, string]>([
    [
      'expiring',
      row('CONSENT_EXPIRING', { scopes: 'SCORE_BAND,SCORE_THRESHOLD', expiresAt: '2026-12-01T00:00:00.000Z' }),
      'Your consent for Spree Bikes to see your score band and whether your score reaches a threshold expires on 2026-12-01.',
    ],
    [
      'expired',
      row('CONSENT_EXPIRED', { scopes: 'PROFILE', expiresAt: '2026-12-01T00:00:00.000Z' }),
      'Your consent for Spree Bikes to see your profile expired on 2026-12-01; it can no longer read them.',
    ],
    [
      'a dispute taken up',
      row('DISPUTE_UPDATED', { status: 'INVESTIGATING' }),
      'Credence staff are now investigating your dispute of a credit record.',
    ],
    [
      'a dispute upheld',
      row('DISPUTE_UPDATED', { status: 'UPHELD' }),
      'Your dispute was upheld: the credit record was corrected.',
    ],
    ['a consent request', row('CONSENT_REQUEST_RECEIVED'), 'Spree Bikes asked you for consent to see your data.'],
    [
      'one late payment, paid',
      furnished('CONSUMER_LOAN', 0, 1, 0, 19, 0),
      'Spree Bikes reported a payment 19 days late on your consumer loan.',
    ],
    [
      'one late payment, still unpaid',
      furnished('CONSUMER_LOAN', 0, 1, 0, 33, 1),
      'Spree Bikes reported a payment 33 days overdue and still unpaid on your consumer loan.',
    ],
    [
      'a line written before unpaid late payments were counted',
      furnished('CREDIT_CARD', 0, 1, 0, 5),
      'Spree Bikes reported a payment 5 days late on your credit card.',
    ],
    [
      'several payments, one late and unpaid',
      furnished('CREDIT_CARD', 3, 1, 0, 12, 1),
      'Spree Bikes reported 4 payments on your credit card: 3 on time, 1 late (12 days, still unpaid).',
    ],
    [
      'several late payments, some unpaid',
      furnished('CREDIT_CARD,UTILITY', 2, 3, 1, 40, 2),
      'Spree Bikes reported 6 payments on your credit card and utility account: 2 on time, 3 late (up to 40 days, 2 still unpaid), 1 defaulted.',
    ],
    [
      'several late payments, all unpaid',
      furnished('UTILITY', 0, 2, 0, 40, 2),
      'Spree Bikes reported 2 payments on your utility account: 2 late (up to 40 days, all still unpaid).',
    ],
    [
      'several late payments, all paid',
      furnished('UTILITY', 0, 2, 0, 40, 0),
      'Spree Bikes reported 2 payments on your utility account: 2 late (up to 40 days).',
    ],
    [
      'information added to a furnished record’s dispute, extending its deadline',
      row('DISPUTE_UPDATED', {
        status: 'OPEN',
        event: 'INFORMATION_ADDED',
        deadline: '2027-01-15T10:00:00.000Z',
        deadlineExtended: 'true',
      }),
      'You added information to your dispute of a record Spree Bikes reported: we sent it to them, and they now have until 2027-01-15 to answer.',
    ],
    [
      'information added to a furnished record’s dispute once more',
      row('DISPUTE_UPDATED', {
        status: 'OPEN',
        event: 'INFORMATION_ADDED',
        deadline: '2027-01-15T10:00:00.000Z',
        deadlineExtended: 'false',
      }),
      'You added information to your dispute of a record Spree Bikes reported: we sent it to them; they must still answer by 2027-01-15.',
    ],
    [
      'information added to a dispute staff decide',
      Object.assign(
        row('DISPUTE_UPDATED', {
          status: 'INVESTIGATING',
          event: 'INFORMATION_ADDED',
          deadline: '2027-01-15T10:00:00.000Z',
          deadlineExtended: 'true',
        }),
        { partnerId: null },
      ),
      'You added information to your dispute of a credit record: staff will weigh it and now answer by 2027-01-15.',
    ],
    [
      'information added late to a dispute staff decide',
      Object.assign(
        row('DISPUTE_UPDATED', {
          status: 'OPEN',
          event: 'INFORMATION_ADDED',
          deadline: '2026-12-01T10:00:00.000Z',
          deadlineExtended: 'false',
        }),
        { partnerId: null },
      ),
      'You added information to your dispute of a credit record: staff will weigh it; they still answer by 2026-12-01.',
    ],
    [
      'a removed record put back, certified',
      row('DISPUTE_UPDATED', {
        status: 'DELETED',
        event: 'RECORD_REINSTATED',
        accountKind: 'CONSUMER_LOAN',
        dueOn: '2026-10-01',
      }),
      'Spree Bikes put back on your file the payment due 2026-10-01 on your consumer loan, which your dispute had removed: Spree Bikes certified that it is complete and accurate. If you still think it is wrong, you may dispute it again.',
    ],
    ['a read whose event was purged', row('PARTNER_READ'), 'Spree Bikes read or tried to read your data.'],
  ])('%s', (_, notification, sentence) => {
    expect(notificationMessage(notification, facts())).toBe(sentence);
  });

  test('a read says what was read; an attempt where nothing was released says it was refused', () => {
    const [read] = readEvents('r', partner, [band, value], [allow, frozen], NOW);
    expect(notificationMessage(row('PARTNER_READ'), facts(read))).toBe(
      'Spree Bikes read your score band. It also asked for your score; it was refused because your file was frozen.',
    );
    const [refused] = readEvents('r', partner, [band, value], [frozen, frozen], NOW);
    expect(notificationMessage(row('PARTNER_READ'), facts(refused))).toBe(
      'Spree Bikes asked for your score and your score band; they were refused because your file was frozen.',
    );
  });
});

describe('CREDENCE_CONSENT_EXPIRY_WARNING_DAYS', () => {
  test.each([
    [{}, 7],
    [{ CREDENCE_CONSENT_EXPIRY_WARNING_DAYS: '14' }, 14],
  ])('%j gives %i days', (env, days) => expect(expiryWarningDays(env)).toBe(days));

  test.each(['0', '-3', '2.5', 'soon'])('%s is refused at start', (text) => {
    expect(() => expiryWarningDays({ CREDENCE_CONSENT_EXPIRY_WARNING_DAYS: text })).toThrow(
      'CREDENCE_CONSENT_EXPIRY_WARNING_DAYS must be a whole number of days, at least 1.',
    );
  });
});

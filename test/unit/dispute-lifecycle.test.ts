import { GraphQLError } from 'graphql';
import {
  canTransition,
  correctionFor,
  deadlineFor,
  isOverdue,
  requireTransition,
  statusesAllowedBefore,
  validateFiling,
  validateResolutionNote,
} from '../../subgraphs/credit-history/disputes/dispute-lifecycle';
import { furnisherCorrection } from '../../subgraphs/credit-history/disputes/furnisher-answers';
import type { DisputeStatus } from '../../subgraphs/credit-history/entities/Dispute';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
};

describe('dispute transitions', () => {
  const STATUSES: DisputeStatus[] = [
    'OPEN',
    'INVESTIGATING',
    'UPHELD',
    'REJECTED',
    'VERIFIED',
    'CORRECTED',
    'DELETED',
    'EXPIRED',
  ];
  const ALLOWED: [DisputeStatus, DisputeStatus][] = [
    ['OPEN', 'INVESTIGATING'],
    ['OPEN', 'UPHELD'],
    ['OPEN', 'REJECTED'],
    ['INVESTIGATING', 'UPHELD'],
    ['INVESTIGATING', 'REJECTED'],
    // a furnished record's dispute: its furnisher answers it, or the deadline passes
    ['OPEN', 'VERIFIED'],
    ['OPEN', 'CORRECTED'],
    ['OPEN', 'DELETED'],
    ['OPEN', 'EXPIRED'],
  ];
  const allowed = (from: DisputeStatus, to: DisputeStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, allowed(from, to)] as const));

  test.each(pairs)('%s → %s is allowed: %s', (from, to, expected) => {
    expect(canTransition(from, to)).toBe(expected);
    expect(codeOf(() => requireTransition(from, to))).toBe(expected ? 'no error' : 'BAD_USER_INPUT');
  });

  test('a refused transition says where the dispute stands', () => {
    expect(() => requireTransition('UPHELD', 'REJECTED')).toThrow(
      /from UPHELD to REJECTED: it was resolved as UPHELD, which is final/,
    );
    expect(() => requireTransition('INVESTIGATING', 'INVESTIGATING')).toThrow(/it is already INVESTIGATING/);
  });

  test.each([
    ['INVESTIGATING', ['OPEN']],
    ['UPHELD', ['OPEN', 'INVESTIGATING']],
    ['REJECTED', ['OPEN', 'INVESTIGATING']],
    ['VERIFIED', ['OPEN']],
    ['EXPIRED', ['OPEN']],
    ['OPEN', []],
  ] as const)('only a dispute in %s may be moved to %s by the conditional update', (to, from) => {
    expect(statusesAllowedBefore(to)).toEqual(from);
  });
});

describe('deadlines', () => {
  const filedAt = new Date('2026-07-01T10:00:00.123Z');

  test('are 30 days after filing, to the millisecond', () => {
    expect(deadlineFor(filedAt).toISOString()).toBe('2026-07-31T10:00:00.123Z');
  });

  test.each([
    ['OPEN', '2026-07-31T10:00:00.124Z', true],
    ['INVESTIGATING', '2026-08-15T00:00:00Z', true],
    ['OPEN', '2026-07-31T10:00:00.123Z', false],
    ['UPHELD', '2026-09-01T00:00:00Z', false],
    ['REJECTED', '2026-09-01T00:00:00Z', false],
  ] as const)('a %s dispute at %s is overdue: %s', (status, now, expected) => {
    expect(isOverdue({ status, deadline: deadlineFor(filedAt) }, new Date(now))).toBe(expected);
  });
});

describe('filing and resolution input', () => {
  test('details are trimmed', () => {
    expect(validateFiling({ reason: 'PAID_ON_TIME', details: '  paid by transfer  ' })).toEqual({
      reason: 'PAID_ON_TIME',
      details: 'paid by transfer',
    });
  });

  test.each([
    ['empty details', { reason: 'OTHER', details: '' }],
    ['blank details', { reason: 'OTHER', details: '   \n ' }],
    ['details over 2000 characters', { reason: 'OTHER', details: 'x'.repeat(2001) }],
    ['an unknown reason', { reason: 'BECAUSE', details: 'text' }],
  ] as const)('%s are BAD_USER_INPUT', (_, input) => {
    expect(codeOf(() => validateFiling(input as never))).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['an empty note', 'BAD_USER_INPUT', ''],
    ['a note of two characters once trimmed', 'BAD_USER_INPUT', '  ok  '],
    ['a note that says why', 'no error', 'Bank confirmed the transfer arrived on the due date.'],
    ['a note over 2000 characters', 'BAD_USER_INPUT', 'x'.repeat(2001)],
  ])('%s: %s', (_, code, note) => {
    expect(codeOf(() => validateResolutionNote(note))).toBe(code);
  });
});

describe('the correction an upheld dispute writes', () => {
  const late = { status: 'LATE', daysLate: 31, paidOn: '2026-02-16', dueOn: '2026-01-16', amountCents: 5000 } as const;
  const defaulted = {
    status: 'DEFAULTED',
    daysLate: 120,
    paidOn: null,
    dueOn: '2026-01-16',
    amountCents: 5000,
  } as const;
  const amounts = { previousAmountCents: 5000, amountCents: 5000 };
  const before = { previousStatus: 'LATE', previousDaysLate: 31, previousPaidOn: '2026-02-16', ...amounts };

  test.each([
    [
      'by default: on time, paid on the due date',
      late,
      {},
      { ...before, status: 'ON_TIME', daysLate: 0, paidOn: '2026-01-16' },
    ],
    [
      'on time with the day it was paid',
      late,
      { correctedPaidOn: '2026-01-10' },
      { ...before, status: 'ON_TIME', daysLate: 0, paidOn: '2026-01-10' },
    ],
    [
      'late by fewer days',
      late,
      { correctedStatus: 'LATE', correctedPaidOn: '2026-01-21' },
      { ...before, status: 'LATE', daysLate: 5, paidOn: '2026-01-21' },
    ],
    [
      'a default that was paid late after all',
      defaulted,
      { correctedStatus: 'LATE', correctedPaidOn: '2026-03-01' },
      {
        previousStatus: 'DEFAULTED',
        previousDaysLate: 120,
        previousPaidOn: null,
        ...amounts,
        status: 'LATE',
        daysLate: 44,
        paidOn: '2026-03-01',
      },
    ],
  ] as const)('%s', (_, record, input, expected) => {
    expect(correctionFor(record, { outcome: 'UPHELD', ...input })).toEqual(expected);
  });

  test('a rejected dispute corrects nothing', () => {
    expect(correctionFor(late, { outcome: 'REJECTED' })).toBeNull();
  });

  test.each([
    ['a rejection with a correction', { outcome: 'REJECTED', correctedStatus: 'ON_TIME' }],
    ['a correction to DEFAULTED', { outcome: 'UPHELD', correctedStatus: 'DEFAULTED' }],
    ['ON_TIME paid after the due date', { outcome: 'UPHELD', correctedPaidOn: '2026-01-17' }],
    ['LATE without a paid date', { outcome: 'UPHELD', correctedStatus: 'LATE' }],
    ['LATE paid by the due date', { outcome: 'UPHELD', correctedStatus: 'LATE', correctedPaidOn: '2026-01-16' }],
    ['a date that is not YYYY-MM-DD', { outcome: 'UPHELD', correctedPaidOn: '16.01.2026' }],
    ['a date that does not exist', { outcome: 'UPHELD', correctedPaidOn: '2026-02-30' }],
  ] as const)('%s is BAD_USER_INPUT', (_, input) => {
    expect(codeOf(() => correctionFor(late, input))).toBe('BAD_USER_INPUT');
  });
});

describe("the correction a furnisher's CORRECTED answer writes", () => {
  const late = { status: 'LATE', daysLate: 31, paidOn: '2026-02-16', dueOn: '2026-01-16', amountCents: 5000 } as const;
  const before = {
    previousStatus: 'LATE',
    previousDaysLate: 31,
    previousPaidOn: '2026-02-16',
    previousAmountCents: 5000,
  };

  test.each([
    [
      'a status alone: on time on the due date',
      { status: 'ON_TIME' },
      { status: 'ON_TIME', daysLate: 0, paidOn: '2026-01-16', amountCents: 5000 },
    ],
    [
      'a date alone decides the status',
      { paidOn: '2026-01-20' },
      { status: 'LATE', daysLate: 4, paidOn: '2026-01-20', amountCents: 5000 },
    ],
    [
      'an amount alone keeps the timing',
      { amountCents: 4200 },
      { status: 'LATE', daysLate: 31, paidOn: '2026-02-16', amountCents: 4200 },
    ],
    [
      'all three',
      { status: 'ON_TIME', paidOn: '2026-01-15', amountCents: 4200 },
      { status: 'ON_TIME', daysLate: 0, paidOn: '2026-01-15', amountCents: 4200 },
    ],
  ] as const)('%s', (_, corrected, expected) => {
    expect(furnisherCorrection(late, corrected)).toEqual({ ...before, ...expected });
  });

  test.each([
    ['no corrected fields', null, 'corrected'],
    ['empty corrected fields', {}, 'corrected'],
    ['what the record already says', { status: 'LATE', paidOn: '2026-02-16' }, 'corrected'],
    ['a correction to DEFAULTED', { status: 'DEFAULTED' }, 'corrected.status'],
    ['ON_TIME paid after the due date', { status: 'ON_TIME', paidOn: '2026-01-17' }, 'corrected.paidOn'],
    ['a date that does not exist', { paidOn: '2026-02-30' }, 'corrected.paidOn'],
    ['an amount of 0', { amountCents: 0 }, 'corrected.amountCents'],
    ['an amount over a billion cents', { amountCents: 1_000_000_001 }, 'corrected.amountCents'],
  ] as const)('%s is BAD_USER_INPUT naming %s', (_, corrected, field) => {
    try {
      furnisherCorrection(late, corrected as never);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual(
        expect.objectContaining({ code: 'BAD_USER_INPUT', argument: field }),
      );
    }
  });
});

import { checkRecord } from '../../subgraphs/credit-history/furnishing/furnished-record';

const TODAY = '2026-06-30';
const SUBJECT = 'k1_00112233445566778899aabbccddeeff';
const record = (status: string, dueOn: string, paidOn: string | null) => ({
  subjectId: SUBJECT,
  accountReference: 'LOAN-1',
  accountKind: 'CONSUMER_LOAN',
  amountCents: 10_000,
  status,
  dueOn,
  paidOn,
});
/** The refused field, or the days late of a record that holds together. */
const verdict = (status: string, dueOn: string, paidOn: string | null) => {
  const checked = checkRecord(record(status, dueOn, paidOn), 0, TODAY);
  return 'code' in checked ? `refused: ${checked.field}` : `days late ${checked.daysLate}`;
};

describe("a furnished record's status must agree with its dates", () => {
  test.each([
    ['ON_TIME', '2026-06-01', '2026-05-30', 'days late 0'],
    ['ON_TIME', '2026-06-01', '2026-06-02', 'refused: paidOn'],
    ['ON_TIME', '2026-06-01', null, 'refused: paidOn'],
    ['LATE', '2026-06-01', '2026-06-20', 'days late 19'],
    ['LATE', '2026-06-01', null, 'days late 29'],
    ['LATE', '2026-06-01', '2026-06-01', 'refused: paidOn'],
    ['LATE', TODAY, null, 'refused: paidOn'],
    ['DEFAULTED', '2026-01-01', null, 'days late 180'],
    ['DEFAULTED', '2026-01-01', '2026-05-01', 'days late 120'],
    ['DEFAULTED', '2026-01-01', '2025-12-31', 'refused: paidOn'],
    ['DEFAULTED', TODAY, null, 'refused: paidOn'],
  ])('%s due %s, paid %s: %s', (status, dueOn, paidOn, expected) => {
    expect(verdict(status, dueOn, paidOn)).toBe(expected);
  });
});

import { Verdict } from '../../subgraphs/consent/decision/verdict';
import {
  applyThresholdQuota,
  THRESHOLD_WINDOW_MS,
  ThresholdAsk,
  thresholdOf,
} from '../../subgraphs/consent/decision/threshold-quota';
import { ThresholdCheck } from '../../subgraphs/consent/entities/ThresholdQuota';

const NOW = Date.parse('2026-11-01T12:00:00Z');
const HOUR = 3_600_000;
const allowed: Verdict = { allowed: true, code: null, message: null, consentId: 'c-1', purpose: 'deposit waiver' };

/** Asks about these thresholds, in order, of one subject (or `subject:threshold` for others). */
function decideAsks(thresholds: (number | null | string)[], stored: Record<string, ThresholdCheck[]> = {}, limit = 3) {
  const asks: ThresholdAsk[] = thresholds.map((t, index) =>
    typeof t === 'string'
      ? { index, subjectId: t.split(':')[0], threshold: Number(t.split(':')[1]) }
      : { index, subjectId: 's1', threshold: t },
  );
  return applyThresholdQuota(
    new Map(Object.entries(stored)),
    asks,
    asks.map(() => allowed),
    NOW,
    limit,
  );
}
const answered = (verdicts: Verdict[]) => verdicts.map((v) => v.allowed);

describe('the threshold quota', () => {
  test('allows the first three distinct thresholds of a batch and refuses the fourth', () => {
    const { verdicts, changed } = decideAsks([600, 650, 700, 675]);
    expect(answered(verdicts)).toEqual([true, true, true, false]);
    expect(verdicts[3]).toEqual(
      expect.objectContaining({
        code: 'THRESHOLD_LIMIT_REACHED',
        message: expect.stringMatching(/at most 3 different thresholds/),
      }),
    );
    expect(changed.get('s1')!.map((c) => c.threshold)).toEqual([600, 650, 700]);
  });

  test('lets a threshold already asked be asked again, in the same batch or a later one', () => {
    expect(answered(decideAsks([600, 600, 650, 600, 700, 650]).verdicts)).toEqual([true, true, true, true, true, true]);
    const stored = { s1: [600, 650, 700].map((threshold) => ({ threshold, askedAt: NOW - HOUR })) };
    const later = decideAsks([650, 675, 700], stored);
    expect(answered(later.verdicts)).toEqual([true, false, true]);
    expect(later.changed.size).toBe(0);
  });

  test('counts only the last 24 hours: an older check frees its slot', () => {
    const stored = {
      s1: [
        { threshold: 600, askedAt: NOW - THRESHOLD_WINDOW_MS },
        ...[650, 700].map((threshold) => ({ threshold, askedAt: NOW - HOUR })),
      ],
    };
    const { verdicts, changed } = decideAsks([720, 740], stored);
    expect(answered(verdicts)).toEqual([true, false]);
    expect(changed.get('s1')!.map((c) => c.threshold)).toEqual([650, 700, 720]);
  });

  test('asking again about a threshold whose check left the window takes a slot again', () => {
    const stored = {
      s1: [
        { threshold: 600, askedAt: NOW - THRESHOLD_WINDOW_MS - 1 },
        ...[650, 700].map((threshold) => ({ threshold, askedAt: NOW - HOUR })),
      ],
    };
    const { verdicts, changed } = decideAsks([600], stored);
    expect(answered(verdicts)).toEqual([true]);
    expect(changed.get('s1')).toEqual(expect.arrayContaining([{ threshold: 600, askedAt: NOW }]));
  });

  test("keeps each subject's quota apart", () => {
    const { verdicts } = decideAsks(['a:600', 'a:610', 'a:620', 'b:600', 'b:610', 'b:620', 'a:630', 'b:630']);
    expect(answered(verdicts)).toEqual([true, true, true, true, true, true, false, false]);
  });

  test('refuses an unreadable threshold without using a slot', () => {
    const { verdicts, changed } = decideAsks([null, 600, 610, 620]);
    expect(answered(verdicts)).toEqual([false, true, true, true]);
    expect(verdicts[0].message).toMatch(/not understood/);
    expect(changed.get('s1')).toHaveLength(3);
  });

  test('follows CONSENT_THRESHOLD_CHECKS_PER_DAY', () => {
    expect(answered(decideAsks([600, 610], {}, 1).verdicts)).toEqual([true, false]);
  });

  test('holds for hundreds of aliases in one batch', () => {
    const { verdicts } = decideAsks(Array.from({ length: 500 }, (_, i) => 400 + i));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
  });
});

test.each([
  ['{"threshold":693}', 693],
  ['{"threshold":693.5}', null],
  ['{"threshold":"693"}', null],
  ['{}', null],
  ['not json', null],
  [null, null],
])('thresholdOf(%s) = %s', (detail, expected) => {
  expect(thresholdOf(detail)).toBe(expected);
});

import { furnishingWorkerSettings } from '../../subgraphs/credit-history/furnishing/batch-worker';
import { Pace, paceOf } from '../../subgraphs/credit-history/furnishing/pace';

describe('the pace of furnishing files', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** When each of these calls may start, in ms from now, as the fake clock runs. */
  async function startTimes(pace: Pace, units: number[]): Promise<number[]> {
    const started = performance.now();
    const times: number[] = new Array(units.length).fill(-1);
    units.forEach((n, i) => void pace(n).then(() => (times[i] = performance.now() - started)));
    for (let ms = 0; ms <= 5000 && times.includes(-1); ms += 10) await jest.advanceTimersByTimeAsync(10);
    return times;
  }

  test("calls from every worker share the replica's pace: each starts once the units before it fit", async () => {
    // 1,000 a second: 500 units take half a second of it, 2,000 two seconds
    const times = await startTimes(paceOf(1000), [500, 500, 2000, 100]);
    expect(times[0]).toBe(0);
    expect(times[1]).toBeGreaterThanOrEqual(500);
    expect(times[2]).toBeGreaterThanOrEqual(1000);
    expect(times[3]).toBeGreaterThanOrEqual(3000);
    expect(times[3]).toBeLessThan(3100);
  });

  test('idle time is not saved up: work after a pause starts at the pace, not in a burst', async () => {
    const pace = paceOf(1000);
    await pace(1000);
    await jest.advanceTimersByTimeAsync(10_000);
    const times = await startTimes(pace, [1000, 1000]);
    expect(times[0]).toBe(0);
    expect(times[1]).toBeGreaterThanOrEqual(1000);
  });
});

describe("the furnishing workers' settings", () => {
  test('have defaults: 4 workers of 5 chunks, 6,000 records a second, a 20 s lease', () => {
    expect(furnishingWorkerSettings({})).toEqual({
      intervalMs: 500,
      leaseMs: 20_000,
      workers: 4,
      chunksPerStep: 5,
      recordsPerSecond: 6_000,
    });
  });

  test('refuse what is not a positive whole number', () => {
    expect(furnishingWorkerSettings({ CREDENCE_FURNISHING_RECORDS_PER_SECOND: '7000' }).recordsPerSecond).toBe(7000);
    expect(() => furnishingWorkerSettings({ CREDENCE_FURNISHING_CHUNKS_PER_STEP: '0' })).toThrow(
      'CREDENCE_FURNISHING_CHUNKS_PER_STEP must be a whole number of chunks, at least 1.',
    );
    expect(() => furnishingWorkerSettings({ CREDENCE_FURNISHING_RECORDS_PER_SECOND: 'fast' })).toThrow(
      'CREDENCE_FURNISHING_RECORDS_PER_SECOND must be a whole number of records, at least 1.',
    );
  });
});

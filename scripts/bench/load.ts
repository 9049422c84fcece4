import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  /** when each answered request was sent (performance.now()), in the order of latenciesMs */
  sentAtMs: number[];
}

/**
 * A closed loop: `concurrency` callers, each sending its next request when the last
 * one is answered, for `durationMs`, until `done` settles or `requests` were sent,
 * whichever comes first.
 * Every answer is checked; a failed one stops the run.
 */
export async function closedLoop(
  send: (sequence: number) => Promise<void>,
  {
    concurrency,
    durationMs,
    done,
    requests = Infinity,
  }: { concurrency: number; durationMs: number; done?: Promise<unknown>; requests?: number },
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const sentAtMs: number[] = [];
  let sequence = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  let settled = false;
  void done?.finally(() => (settled = true)).catch(() => undefined);
  const caller = async () => {
    while (!settled && performance.now() < deadline && sequence < requests) {
      const sentAt = performance.now();
      await send(sequence++);
      latenciesMs.push(performance.now() - sentAt);
      sentAtMs.push(sentAt);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return { requests: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs, sentAtMs };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

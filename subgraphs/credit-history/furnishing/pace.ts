/** Waits until `units` more units of work fit the pace; callers in one process share it. */
export type Pace = (units: number) => Promise<void>;

/**
 * At most `perSecond` units a second, spread over every caller of this process: each
 * call reserves the next free slot for its units and waits for that slot to begin, so
 * work starts evenly spaced, never in bursts that catch up on idle time.
 */
export function paceOf(perSecond: number): Pace {
  let nextFree = 0;
  return async (units) => {
    const now = performance.now();
    const start = Math.max(now, nextFree);
    nextFree = start + (units * 1000) / perSecond;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
  };
}

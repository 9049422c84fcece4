import { asBackgroundWork } from './database';

/**
 * Runs `work` now and then every `intervalMs`, counted as background work, never twice
 * at once within a process (a tick is skipped while the last one runs). The first run
 * finishes before this returns. Errors are logged under `name` and the next tick tries
 * again. `wakeUps`, if given, is handed the function that runs the work at once
 * outside the schedule (once more right after the run in flight, if there is one), and
 * answers how to stop listening. Returns the function that stops it, after the run in flight.
 */
export async function runPeriodically(
  name: string,
  intervalMs: number,
  work: () => Promise<unknown>,
  wakeUps?: (wake: () => void) => () => void,
): Promise<() => Promise<void>> {
  let inFlight: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const tick = (): Promise<void> => {
    inFlight ??= asBackgroundWork(work)
      .then(() => undefined)
      .catch((error) => console.error(`[credence] ${name}: ${(error as Error).message}`))
      .finally(() => {
        inFlight = null;
        if (again && !stopped) {
          again = false;
          void tick();
        }
      });
    return inFlight;
  };
  const wake = () => {
    if (stopped) return;
    // during a run, what woke it may have committed after the run's claim looked: run once more after it
    if (inFlight) again = true;
    else void tick();
  };
  await tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const stopListening = wakeUps?.(wake);
  return async () => {
    stopped = true;
    stopListening?.();
    clearInterval(timer);
    await inFlight;
  };
}

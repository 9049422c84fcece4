import { asBackgroundWork } from './database';

/**
 * Runs `work` now and then every `intervalMs`, counted as background work, never twice
 * at once within a process (a tick is skipped while the last one runs). The first run
 * finishes before this returns. Errors are logged under `name` and the next tick tries
 * again. Returns the function that stops it, after the run in flight.
 */
export async function runPeriodically(
  name: string,
  intervalMs: number,
  work: () => Promise<unknown>,
): Promise<() => Promise<void>> {
  let inFlight: Promise<void> | null = null;
  const tick = () => {
    inFlight ??= asBackgroundWork(work)
      .then(() => undefined)
      .catch((error) => console.error(`[credence] ${name}: ${(error as Error).message}`))
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  await tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}

import { runPeriodically } from './periodic-work';
import { Outbox, Send } from './outbox';
import { OutboxItem } from './outbox-item';
import { onOutboxWake } from './outbox-wake';

export interface OutboxPollerOptions<T> {
  /** for log lines, e.g. 'erasure' */
  name: string;
  /** pause between polls; an idle poll is one statement */
  intervalMs: number;
  send: Send<T>;
  /** runs after each delivered batch, e.g. to close requests whose rows are all DONE */
  afterBatch?: (items: T[]) => Promise<void>;
}

/**
 * Polls an outbox: each tick claims what is due and delivers it, then claims again
 * while batches come back full. The first tick runs before this returns, so what a
 * previous run left undelivered goes out at start. Within a process a tick is skipped
 * while the last one runs (a saving, not a guarantee: claims keep replicas apart).
 * Its SQL is counted as background work, not as any request's. A writer's wakeOutbox
 * (outbox-wake.ts) after its commit starts a drain at once.
 * Returns the function that stops polling, after the tick in flight.
 */
export async function pollOutbox<T extends OutboxItem>(
  outbox: Outbox<T>,
  options: OutboxPollerOptions<T>,
): Promise<() => Promise<void>> {
  const drain = async () => {
    for (;;) {
      const items = await outbox.claimDue();
      if (items.length) {
        await outbox.deliver(items, options.send);
        await options.afterBatch?.(items);
      }
      if (items.length < outbox.batchSize) return;
    }
  };
  return runPeriodically(`${options.name} outbox`, options.intervalMs, drain, (wake) =>
    onOutboxWake(outbox.dataSource, outbox.entity, wake),
  );
}

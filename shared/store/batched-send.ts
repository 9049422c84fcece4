import DataLoader from 'dataloader';
import { Send } from './outbox';

/**
 * The delivery of an outbox whose receiver takes many rows per call: every row of one
 * claimed batch asks this loader in the same tick (Outbox.deliver starts them side by
 * side), so the batch goes out in one call. A failed call fails each of its rows, and
 * each is retried.
 */
export function batchedSend<T>(sendAll: (rows: readonly T[]) => Promise<void>): Send<T> {
  const loader = new DataLoader<T, true>(
    async (rows) => {
      await sendAll(rows);
      return rows.map(() => true as const);
    },
    { cache: false },
  );
  return async (row: T) => {
    await loader.load(row);
  };
}

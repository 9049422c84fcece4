/** The most `?` values one SQLite statement takes (SQLITE_MAX_VARIABLE_NUMBER, 32,766 since SQLite 3.32). */
export const SQLITE_MAX_VALUES = 32_766;

/**
 * Items in slices, each small enough for one SQLite statement that binds `valuesEach`
 * values per item and `besides` more: a multi-row upsert or an `IN (?, …)` list past
 * the limit is refused whole, whoever makes it, so writers and readers split it here.
 */
export function sqliteSlices<T>(items: readonly T[], valuesEach: number, besides = 0): T[][] {
  const perSlice = Math.max(1, Math.floor((SQLITE_MAX_VALUES - besides) / Math.max(1, valuesEach)));
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += perSlice) slices.push(items.slice(start, start + perSlice));
  return slices;
}

/**
 * A read of `keys` on either store: PostgreSQL takes them all in one statement (one
 * array parameter), SQLite one statement per slice of `sqliteSlices`, the rows joined.
 */
export async function readByKeys<K, R>(
  postgres: boolean,
  keys: readonly K[],
  read: (keys: readonly K[]) => Promise<R[]>,
  valuesBesides = 0,
): Promise<R[]> {
  if (postgres) return read(keys);
  return (await Promise.all(sqliteSlices(keys, 1, valuesBesides).map(read))).flat();
}

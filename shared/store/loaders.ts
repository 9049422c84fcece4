import DataLoader from 'dataloader';

/**
 * A loader that fetches many rows in one query and answers each key in key order,
 * `null` for a miss: the DataLoader batch contract. Federation calls
 * `__resolveReference` once per representation, so this is what keeps `_entities` to
 * one query however long the list.
 */
export function rowsByKeyLoader<TKey, TRow>(
  fetchRows: (keys: readonly TKey[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => TKey,
): DataLoader<TKey, TRow | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetchRows(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** One-to-many in one query: every key gets its (possibly empty) list, in key order. */
export function rowsGroupedByKeyLoader<TKey, TRow>(
  fetchRows: (keys: readonly TKey[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => TKey,
): DataLoader<TKey, TRow[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<TKey, TRow[]>(keys.map((key) => [key, []]));
    for (const row of await fetchRows(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * The row behind a non-null field (a record's account, a dispute's record): a miss is
 * broken data, reported as an error rather than as a null the schema forbids.
 */
export async function loadExisting<TKey, TRow>(
  loader: DataLoader<TKey, TRow | null>,
  key: TKey,
  what: string,
): Promise<TRow> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`${what} ${String(key)} is missing.`);
  return row;
}

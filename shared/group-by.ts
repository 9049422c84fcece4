/**
 * Items by a key of each, in first-seen order, each group in the items' order. Each
 * item is appended where it belongs: building a group by copying it for every new
 * item would cost the square of the group's size (a furnishing step's hundreds of
 * records per consumer).
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

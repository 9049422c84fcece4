import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { issuedCursorId, PageCursor } from './pagination';
import { groupBy } from '../group-by';

export interface PageKey {
  ownerId: string;
  first: number;
  after: PageCursor | null;
}

export interface Page<T> {
  /** up to first + 1 rows: the extra one only says that a next page exists */
  rows: T[];
  totalCount: number;
}

export interface PagedLoaderSpec<T> {
  dataSource: DataSource;
  entity: EntityTarget<T>;
  /** database column names; every connection is ordered newest first, then by id */
  ownerColumn: string;
  sortColumn: string;
  /**
   * turns a cursor's sort key back into a query parameter (timeSortParam, daySortParam),
   * refusing one this API did not issue: a forged cursor is the client's mistake, never a query's
   */
  sortParam: (sortKey: string) => unknown;
  /** an extra SQL condition on `child`, the same for every owner */
  where?: string;
}

const signature = (key: PageKey) => JSON.stringify([key.ownerId, key.first, key.after]);

/**
 * Pages of many owners' children (e.g. the records of 50 users) in a constant number
 * of queries: a window function numbers each owner's rows, so one query finds every
 * owner's page, one counts them, one loads the rows.
 */
export function pagedLoader<T extends ObjectLiteral & { id: string }>(spec: PagedLoaderSpec<T>) {
  return new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const owners = [...new Set(keys.map((key) => key.ownerId))];
      const [idsByRequest, totals] = await Promise.all([
        Promise.all(groupByPageShape(keys).map((group) => pageIds(spec, group))),
        countByOwner(spec, owners),
      ]);
      const pageIdsOf = new Map(idsByRequest.flat());
      const allIds = [...new Set([...pageIdsOf.values()].flat())];
      const rows = allIds.length
        ? await spec.dataSource.getRepository(spec.entity).createQueryBuilder('row').whereInIds(allIds).getMany()
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => ({
        rows: (pageIdsOf.get(signature(key)) ?? [])
          .map((id) => byId.get(id))
          .filter((row): row is T => row !== undefined),
        totalCount: totals.get(key.ownerId) ?? 0,
      }));
    },
    { cacheKeyFn: signature },
  );
}

/** Keys that share page size and cursor can be answered by one windowed query. */
function groupByPageShape(keys: readonly PageKey[]): PageKey[][] {
  return [...groupBy(keys, (key) => JSON.stringify([key.first, key.after])).values()];
}

async function pageIds<T extends ObjectLiteral>(
  spec: PagedLoaderSpec<T>,
  group: PageKey[],
): Promise<[string, string[]][]> {
  const { first, after } = group[0];
  const owners = group.map((key) => key.ownerId);
  const raw: { id: string; owner: string }[] = await spec.dataSource
    .createQueryBuilder()
    .select('page.id', 'id')
    .addSelect('page.owner', 'owner')
    .from((sub) => {
      sub
        .select('child.id', 'id')
        .addSelect(`child.${spec.ownerColumn}`, 'owner')
        .addSelect(
          `ROW_NUMBER() OVER (PARTITION BY child.${spec.ownerColumn} ORDER BY child.${spec.sortColumn} DESC, child.id DESC)`,
          'rn',
        )
        .from(spec.entity, 'child')
        .where(`child.${spec.ownerColumn} IN (:...owners)`, { owners });
      if (spec.where) sub.andWhere(spec.where);
      if (after) {
        sub.andWhere(
          `(child.${spec.sortColumn} < :afterSort OR (child.${spec.sortColumn} = :afterSort AND child.id < :afterId))`,
          {
            afterSort: spec.sortParam(after.sortKey),
            afterId: issuedCursorId(after.id),
          },
        );
      }
      return sub;
    }, 'page')
    .where('page.rn <= :limit', { limit: first + 1 })
    .orderBy('page.owner')
    .addOrderBy('page.rn')
    .getRawMany();
  const idsByOwner = new Map<string, string[]>(owners.map((owner) => [owner, []]));
  for (const row of raw) idsByOwner.get(row.owner)?.push(row.id);
  return group.map((key) => [signature(key), idsByOwner.get(key.ownerId) ?? []]);
}

async function countByOwner<T extends ObjectLiteral>(
  spec: PagedLoaderSpec<T>,
  owners: string[],
): Promise<Map<string, number>> {
  const raw: { owner: string; total: string | number }[] = await spec.dataSource
    .createQueryBuilder()
    .select(`child.${spec.ownerColumn}`, 'owner')
    .addSelect('COUNT(*)', 'total')
    .from(spec.entity, 'child')
    .where(`child.${spec.ownerColumn} IN (:...owners)`, { owners })
    .andWhere(spec.where ?? '1 = 1')
    .groupBy(`child.${spec.ownerColumn}`)
    .getRawMany();
  return new Map(raw.map((row) => [row.owner, Number(row.total)]));
}

import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  Connection,
  cursorByTime,
  cursorNotIssued,
  issuedCursorId,
  PageCursor,
  PageDirection,
  PageRequest,
  toConnection,
} from './pagination';

export interface QueryOrder<T> {
  /** the entity property the list is ordered by (a timestamp), then by id */
  property: keyof T & string;
  direction?: PageDirection;
}

/**
 * One page of a filtered query as a connection, in two queries whatever the page size: the
 * rows after the cursor (up to first + 1) and the count of the whole list. `query` carries the
 * list's filters only; the order and the cursor's condition are added here.
 */
export async function connectionOfQuery<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  request: PageRequest,
  order: QueryOrder<T>,
): Promise<Connection<T>> {
  const alias = query.alias;
  const direction = order.direction ?? 'DESC';
  const column = `${alias}.${order.property}`;
  const page = query
    .clone()
    .orderBy(column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(request.first + 1);
  if (request.after) {
    const beyond = direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${column} ${beyond} :afterAt OR (${column} = :afterAt AND ${alias}.id ${beyond} :afterId))`, {
      afterAt: timeOf(request.after),
      afterId: request.after.id,
    });
  }
  const [rows, totalCount] = await Promise.all([page.getMany(), query.clone().getCount()]);
  return toConnection(
    rows,
    request.first,
    totalCount,
    cursorByTime<T>((row) => row[order.property] as Date),
  );
}

/** A paged loader's `sortParam` for a timestamp column: the cursor's time, refused when forged. */
export function timeSortParam(sortKey: string): Date {
  const at = new Date(sortKey);
  if (Number.isNaN(at.getTime())) throw cursorNotIssued();
  return at;
}

/** A cursor this API issued for a time-ordered list: a forged one is the client's mistake, never a query's. */
export function timeOf(cursor: PageCursor): Date {
  issuedCursorId(cursor.id);
  return timeSortParam(cursor.sortKey);
}

/** A paged loader's `sortParam` for a day column (YYYY-MM-DD, e.g. a due date): the day, refused when forged. */
export function daySortParam(sortKey: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sortKey) || Number.isNaN(Date.parse(sortKey))) throw cursorNotIssued();
  return sortKey;
}

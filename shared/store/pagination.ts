import { badUserInput } from '../errors';
import { isWellFormedId } from '../ids';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  after: PageCursor | null;
}

/** Position of the last item seen, in the newest-first order every connection uses. */
export interface PageCursor {
  sortKey: string;
  id: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.id])).toString('base64url');
}

/** A cursor this API did not issue: the caller's mistake, named as the argument it came in. */
export const cursorNotIssued = () => badUserInput('"after" is not a cursor this API issued.', 'after');

/** Every row this API pages has a UUID: a cursor naming anything else was not issued here. */
export function issuedCursorId(id: string): string {
  if (!isWellFormedId(id)) throw cursorNotIssued();
  return id;
}

export function decodeCursor(text: string): PageCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return { sortKey: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the client error below
  }
  throw cursorNotIssued();
}

export function parsePageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { first, after: args.after == null ? null : decodeCursor(args.after) };
}

/** Builds a connection from up to first + 1 rows: the extra row only tells that a next page exists. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => PageCursor,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/** How a list is ordered: newest first (the default) or, for a work queue, nearest deadline first. */
export type PageDirection = 'DESC' | 'ASC';

/**
 * A page of a list already loaded whole and in `direction` order (one batched query for every
 * parent, e.g. each consumer's consents): the rows after the cursor, then up to `first`.
 */
export function pageOfRows<T>(
  rows: T[],
  request: PageRequest,
  cursorOf: (row: T) => PageCursor,
  direction: PageDirection = 'DESC',
): Connection<T> {
  const { after } = request;
  const sign = direction === 'DESC' ? -1 : 1;
  const afterCursor = (row: T) => {
    const cursor = cursorOf(row);
    const order = compareCursors(cursor, after!) * sign;
    return order > 0;
  };
  const rest = after ? rows.filter(afterCursor) : rows;
  return toConnection(rest.slice(0, request.first + 1), request.first, rows.length, cursorOf);
}

const compareCursors = (a: PageCursor, b: PageCursor) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The cursor of a row ordered by a time, then by id. */
export const cursorByTime =
  <T extends { id: string }>(timeOf: (row: T) => Date) =>
  (row: T): PageCursor => ({ sortKey: timeOf(row).toISOString(), id: row.id });

import { GraphQLError } from 'graphql';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  PageCursor,
  parsePageRequest,
  toConnection,
} from '../../shared/store/pagination';

/** Runs `fn` and returns the GraphQLError it threw, or fails the test. */
function thrownBy(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected an error, but none was thrown');
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

describe('page requests', () => {
  test.each([
    ['nothing asked', {}, { first: DEFAULT_PAGE_SIZE, after: null }],
    ['first: null', { first: null, after: null }, { first: DEFAULT_PAGE_SIZE, after: null }],
    ['the smallest page', { first: 1 }, { first: 1, after: null }],
    ['the largest page', { first: MAX_PAGE_SIZE }, { first: MAX_PAGE_SIZE, after: null }],
    [
      'a cursor',
      { first: 5, after: encodeCursor({ sortKey: '2026-01-31', id: 'abc' }) },
      { first: 5, after: { sortKey: '2026-01-31', id: 'abc' } },
    ],
  ])('%s is accepted', (_, args, expected) => {
    expect(parsePageRequest(args)).toEqual(expected);
  });

  test.each([
    ['a page size of zero', { first: 0 }, 'first'],
    ['a negative page size', { first: -1 }, 'first'],
    ['a page size over the maximum', { first: MAX_PAGE_SIZE + 1 }, 'first'],
    ['a fractional page size', { first: 2.5 }, 'first'],
    ['a page size that is not a number', { first: NaN }, 'first'],
    ['a cursor that is not base64', { first: 5, after: '!!!' }, 'after'],
    ['a cursor of random text', { first: 5, after: 'not-a-cursor' }, 'after'],
    ['an empty cursor', { first: 5, after: '' }, 'after'],
    ['a cursor of JSON that is not a pair', { first: 5, after: base64url('{"sortKey":"a","id":"b"}') }, 'after'],
    ['a cursor of a pair of numbers', { first: 5, after: base64url('[1,2]') }, 'after'],
    ['a cursor of three strings', { first: 5, after: base64url('["a","b","c"]') }, 'after'],
  ])('%s is BAD_USER_INPUT naming the argument', (_, args, argument) => {
    const error = thrownBy(() => parsePageRequest(args));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
  });

  test('decodeCursor on its own rejects what it did not issue', () => {
    expect(thrownBy(() => decodeCursor(base64url('null'))).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('cursors', () => {
  test.each<[string, PageCursor]>([
    ['a date and a UUID', { sortKey: '2026-06-30', id: '3f2b9c1e-8d4a-4b6f-9e2d-1c0a7b5e4f3d' }],
    ['an ISO instant', { sortKey: '2026-06-30T12:00:00.000Z', id: 'x' }],
    ['characters JSON must escape', { sortKey: 'a"b\\c', id: 'ü/+=' }],
    ['empty strings', { sortKey: '', id: '' }],
  ])('%s round-trips through encodeCursor and decodeCursor', (_, cursor) => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/); // URL-safe, no padding
    expect(decodeCursor(text)).toEqual(cursor);
  });
});

describe('connections', () => {
  const rows = ['e', 'd', 'c', 'b', 'a'].map((id, i) => ({ id, day: `2026-01-0${9 - i}` }));
  const cursorOf = (row: { id: string; day: string }) => ({ sortKey: row.day, id: row.id });

  test('one row more than asked for means there is a next page, and the extra row is not shown', () => {
    const connection = toConnection(rows.slice(0, 3), 2, 5, cursorOf);
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['e', 'd']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: encodeCursor({ sortKey: '2026-01-08', id: 'd' }),
    });
    expect(connection.totalCount).toBe(5);
  });

  test('exactly as many rows as asked for is the last page', () => {
    const connection = toConnection(rows.slice(0, 2), 2, 2, cursorOf);
    expect(connection.edges).toHaveLength(2);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual({ sortKey: '2026-01-08', id: 'd' });
  });

  test('every edge carries its own cursor', () => {
    const connection = toConnection(rows, 5, 5, cursorOf);
    expect(connection.edges.map((edge) => decodeCursor(edge.cursor))).toEqual(rows.map(cursorOf));
  });

  test('no rows is an empty page with no end cursor', () => {
    expect(toConnection([], 10, 0, cursorOf)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });
});

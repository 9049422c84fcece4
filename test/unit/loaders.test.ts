import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import {
  DatabaseSettings,
  dropSubgraphSchema,
  openSubgraphDatabase,
  SubgraphDatabase,
} from '../../shared/store/database';
import { loadExisting, rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { Page, pagedLoader } from '../../shared/store/paged-loader';
import { daySortParam } from '../../shared/store/query-page';
import { decodeCursor, PageCursor, toConnection } from '../../shared/store/pagination';
import { demoUserId } from '../../shared/demo/demo-population';
import { CreditRecord } from '../../subgraphs/credit-history/entities/CreditRecord';
import { creditHistorySubgraph } from '../../subgraphs/credit-history/subgraph';

interface Row {
  id: string;
  ownerId: string;
}

/** A fetch function that answers from `rows` and remembers every batch of keys it was asked. */
function recordingFetch(rows: Row[], keyOf: (row: Row) => string) {
  const batches: string[][] = [];
  const fetch = async (keys: readonly string[]) => {
    batches.push([...keys]);
    // deliberately not in key order: the loader must put the answers in order
    return rows.filter((row) => keys.includes(keyOf(row))).reverse();
  };
  return { batches, fetch };
}

const rows: Row[] = [
  { id: 'r1', ownerId: 'alice' },
  { id: 'r2', ownerId: 'bob' },
  { id: 'r3', ownerId: 'alice' },
];

describe('rowsByKeyLoader', () => {
  test('loads that happen in the same tick go to the database as one batch', async () => {
    const { batches, fetch } = recordingFetch(rows, (row) => row.id);
    const loader = rowsByKeyLoader(fetch, (row) => row.id);
    await Promise.all([loader.load('r1'), loader.load('r2'), loader.load('r3')]);
    expect(batches).toEqual([['r1', 'r2', 'r3']]);
  });

  test('answers in key order, with null for a key that has no row', async () => {
    const { fetch } = recordingFetch(rows, (row) => row.id);
    const loader = rowsByKeyLoader(fetch, (row) => row.id);
    const answers = await loader.loadMany(['r3', 'missing', 'r1']);
    expect(answers).toEqual([rows[2], null, rows[0]]);
  });

  test('a key asked twice in one request is fetched once', async () => {
    const { batches, fetch } = recordingFetch(rows, (row) => row.id);
    const loader = rowsByKeyLoader(fetch, (row) => row.id);
    await Promise.all([loader.load('r1'), loader.load('r1'), loader.load('r2')]);
    await loader.load('r2');
    expect(batches).toEqual([['r1', 'r2']]);
  });
});

describe('loadExisting', () => {
  test('gives the row behind a non-null field, and names what is missing when there is none', async () => {
    const loader = rowsByKeyLoader(recordingFetch(rows, (row) => row.id).fetch, (row) => row.id);
    await expect(loadExisting(loader, 'r2', 'Row')).resolves.toEqual({ id: 'r2', ownerId: 'bob' });
    await expect(loadExisting(loader, 'r9', 'Row')).rejects.toThrow('Row r9 is missing.');
  });
});

describe('rowsGroupedByKeyLoader', () => {
  test('one batch answers every key with its own rows, in key order, and [] for a key without rows', async () => {
    const { batches, fetch } = recordingFetch(rows, (row) => row.ownerId);
    const loader = rowsGroupedByKeyLoader(fetch, (row) => row.ownerId);
    const [bob, nobody, alice] = await Promise.all([loader.load('bob'), loader.load('nobody'), loader.load('alice')]);
    expect(batches).toEqual([['bob', 'nobody', 'alice']]);
    expect(bob).toEqual([rows[1]]);
    expect(nobody).toEqual([]);
    expect(alice.map((row) => row.id).sort()).toEqual(['r1', 'r3']);
  });
});

describe('pagedLoader over the credit-history store', () => {
  let database: SubgraphDatabase;
  const owners = Array.from({ length: 20 }, (_, i) => demoUserId(i + 1));

  // In-memory SQLite, or a schema of its own on PostgreSQL when DATABASE_URL is set.
  const settings: DatabaseSettings = process.env.DATABASE_URL
    ? { kind: 'postgres', url: process.env.DATABASE_URL, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
    : { kind: 'sqlite', directory: 'memory' };

  beforeAll(async () => {
    database = await openSubgraphDatabase(settings, creditHistorySubgraph.database);
    await creditHistorySubgraph.seed(database.dataSource, owners.length);
  });
  afterAll(async () => {
    if (!database) return;
    await dropSubgraphSchema(database);
    await database.dataSource.destroy();
  });

  const recordPages = () =>
    pagedLoader({
      dataSource: database.dataSource,
      entity: CreditRecord,
      ownerColumn: 'user_id',
      sortColumn: 'due_on',
      sortParam: daySortParam,
    });

  /** An owner's records as the connection must order them: newest due date first, then by id. */
  async function allRecordsOf(ownerId: string): Promise<CreditRecord[]> {
    return database.dataSource
      .getRepository(CreditRecord)
      .find({ where: { userId: ownerId }, order: { dueOn: 'DESC', id: 'DESC' } });
  }

  const idsOf = (page: Page<CreditRecord>) => page.rows.map((row) => row.id);

  test('one batch answers several owners, each with their own newest records and the row that says more follow', async () => {
    const loader = recordPages();
    const pages = await Promise.all(
      owners.slice(0, 3).map((ownerId) => loader.load({ ownerId, first: 4, after: null })),
    );
    for (const [i, page] of pages.entries()) {
      const expected = await allRecordsOf(owners[i]);
      expect(expected.length).toBeGreaterThan(5);
      expect(idsOf(page)).toEqual(expected.slice(0, 5).map((row) => row.id));
      expect(page.totalCount).toBe(expected.length);
    }
  });

  test('the number of queries is the same for 2 owners as for 20', async () => {
    const queriesFor = async (count: number) => {
      const loader = recordPages();
      const before = database.queries.count;
      const pages = await loader.loadMany(
        owners.slice(0, count).map((ownerId) => ({ ownerId, first: 3, after: null })),
      );
      expect(pages.every((page) => !(page instanceof Error) && page.rows.length > 0)).toBe(true);
      return database.queries.count - before;
    };
    const forTwo = await queriesFor(2);
    const forTwenty = await queriesFor(20);
    expect(forTwenty).toBe(forTwo);
    expect(forTwo).toBe(3); // the windowed page query, the counts, the rows
  });

  test('following endCursor walks every record of an owner once, newest first', async () => {
    const ownerId = owners[1];
    const seen: string[] = [];
    let after: PageCursor | null = null;
    for (let pageNumber = 0; pageNumber < 50; pageNumber += 1) {
      const page: Page<CreditRecord> = await recordPages().load({ ownerId, first: 3, after });
      const connection = toConnection(page.rows, 3, page.totalCount, (row) => ({ sortKey: row.dueOn, id: row.id }));
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = decodeCursor(connection.pageInfo.endCursor!);
    }
    expect(seen).toEqual((await allRecordsOf(ownerId)).map((row) => row.id));
  });

  test('owners on different pages share a batch and each continues after its own cursor', async () => {
    const [first, second] = [owners[2], owners[3]];
    const [firstAll, secondAll] = [await allRecordsOf(first), await allRecordsOf(second)];
    const cursorAt = (row: CreditRecord) => ({ sortKey: row.dueOn, id: row.id });
    const loader = recordPages();
    const [firstPage, secondPage] = await Promise.all([
      loader.load({ ownerId: first, first: 2, after: cursorAt(firstAll[1]) }),
      loader.load({ ownerId: second, first: 2, after: cursorAt(secondAll[3]) }),
    ]);
    expect(idsOf(firstPage)).toEqual(firstAll.slice(2, 5).map((row) => row.id));
    expect(idsOf(secondPage)).toEqual(secondAll.slice(4, 7).map((row) => row.id));
    expect(firstPage.totalCount).toBe(firstAll.length);
    expect(secondPage.totalCount).toBe(secondAll.length);
  });

  test('an owner without records gets an empty page and a total of 0', async () => {
    const page = await recordPages().load({ ownerId: '00000000-0000-4000-8000-000000000000', first: 5, after: null });
    expect(page).toEqual({ rows: [], totalCount: 0 });
  });

  test("totalCount counts all of an owner's records, not the page", async () => {
    const loader = recordPages();
    const pages = await Promise.all(owners.map((ownerId) => loader.load({ ownerId, first: 1, after: null })));
    const counts = await database.dataSource
      .getRepository(CreditRecord)
      .createQueryBuilder('record')
      .select('record.userId', 'owner')
      .addSelect('COUNT(*)', 'total')
      .where({ userId: In(owners) })
      .groupBy('record.userId')
      .getRawMany<{ owner: string; total: string | number }>();
    const expected = new Map(counts.map((row) => [row.owner, Number(row.total)]));
    expect(pages.map((page) => page.totalCount)).toEqual(owners.map((ownerId) => expected.get(ownerId)));
  });
});

import { randomUUID } from 'node:crypto';
import { findByKeys } from '../../shared/store/rows-by-keys';
import { dueNow } from '../../shared/store/outbox-item';
import { SQLITE_MAX_VALUES, sqliteSlices } from '../../shared/store/sqlite-values';
import { upsertRows, upsertStatements, writeTogether } from '../../shared/store/upsert';
import { FurnishingNotice } from '../../subgraphs/credit-history/entities/FurnishingNotice';
import { creditHistorySubgraph } from '../../subgraphs/credit-history/subgraph';
import { useTestStore } from '../support/store';

const store = useTestStore(creditHistorySubgraph.database);

/** More notices than one SQLite statement can take: 15 columns a row, 2,184 rows a statement. */
const MANY = 5_000;

function notices(count: number, partnerId: string): FurnishingNotice[] {
  return Array.from({ length: count }, () =>
    Object.assign(new FurnishingNotice(), {
      id: randomUUID(),
      userId: randomUUID(),
      partnerId,
      accountKinds: 'CONSUMER_LOAN',
      onTime: 1,
      late: 0,
      defaulted: 0,
      maxDaysLate: 0,
      unpaidLate: 0,
      occurredAt: new Date(),
      ...dueNow(),
    }),
  );
}

const countOf = (partnerId: string) => store.database.dataSource.getRepository(FurnishingNotice).countBy({ partnerId });

describe("statements past SQLite's limit on values, on either store", () => {
  test('slices keep each statement within the limit and every item once', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const slices = sqliteSlices(items, 15, 3);
    expect(slices.every((slice) => slice.length * 15 + 3 <= SQLITE_MAX_VALUES)).toBe(true);
    expect(slices.flat()).toEqual(items);
    expect(slices).toHaveLength(Math.ceil(10_000 / Math.floor((SQLITE_MAX_VALUES - 3) / 15)));
  });

  test('an upsert of more rows than one statement takes stores them all and returns every row asked for', async () => {
    const { manager } = store.database.dataSource;
    const partnerId = randomUUID();
    const rows = notices(MANY, partnerId);
    const returned = await upsertRows(manager, FurnishingNotice, rows, '("id") DO NOTHING', ['id']);
    expect(new Set(returned.map((row) => row.id))).toEqual(new Set(rows.map((row) => row.id)));
    expect(await countOf(partnerId)).toBe(MANY);
    // the same rows again change nothing and return nothing
    expect(await upsertRows(manager, FurnishingNotice, rows, '("id") DO NOTHING', ['id'])).toEqual([]);
    expect(await countOf(partnerId)).toBe(MANY);
  });

  test('such an upsert is one unit: a row that breaks a constraint in its last slice keeps none', async () => {
    const { manager } = store.database.dataSource;
    const partnerId = randomUUID();
    const rows = notices(MANY, partnerId);
    rows[MANY - 1].accountKinds = null as unknown as string; // NOT NULL
    await expect(upsertRows(manager, FurnishingNotice, rows, '("id") DO NOTHING')).rejects.toThrow();
    expect(await countOf(partnerId)).toBe(0);
  });

  test('writes together of more rows than one statement takes keep all or none', async () => {
    const { manager } = store.database.dataSource;
    const [kept, lost] = [randomUUID(), randomUUID()];
    await writeTogether(manager, [
      ...upsertStatements(manager, FurnishingNotice, notices(MANY, kept), '("id") DO NOTHING'),
      ...upsertStatements(manager, FurnishingNotice, notices(10, kept), '("id") DO NOTHING'),
    ]);
    expect(await countOf(kept)).toBe(MANY + 10);
    const broken = notices(1, lost);
    broken[0].accountKinds = null as unknown as string;
    await expect(
      writeTogether(manager, [
        ...upsertStatements(manager, FurnishingNotice, notices(MANY, lost), '("id") DO NOTHING'),
        ...upsertStatements(manager, FurnishingNotice, broken, '("id") DO NOTHING'),
      ]),
    ).rejects.toThrow();
    expect(await countOf(lost)).toBe(0);
  });

  test('rows found by more keys than one statement takes are all found, once each', async () => {
    const { manager } = store.database.dataSource;
    const partnerId = randomUUID();
    const rows = notices(MANY, partnerId);
    await upsertRows(manager, FurnishingNotice, rows, '("id") DO NOTHING');
    const keys = [...rows.map((row) => row.userId), ...Array.from({ length: 40_000 }, () => randomUUID())];
    const found = await findByKeys(manager, FurnishingNotice, 'userId', keys, { partnerId });
    expect(found.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
    expect(found[0]).toBeInstanceOf(FurnishingNotice);
  });
});

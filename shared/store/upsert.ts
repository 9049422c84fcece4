import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Driver } from 'typeorm/driver/Driver';
import { sqliteSlices } from './sqlite-values';

/** One SQL statement and its parameters, as the store's driver numbers them ($1… or ?). */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * A multi-row `INSERT … ON CONFLICT …`, written out directly. It is what TypeORM's
 * query builder would send, but the builder spends far more CPU than the database on
 * a few hundred parameters (it rescans the SQL once per parameter); on a hot path
 * such as logging every decision that is most of the request. Values still go
 * through the driver's own conversion (dates for SQLite, simple-json), and both
 * stores speak `ON CONFLICT` and `RETURNING`. No statements when there are no rows.
 *
 * On PostgreSQL the rows travel as one array per column, `INSERT … SELECT FROM
 * unnest($1::type[], …)` (a column with one value in every row as that value, once):
 * one short statement whatever the number of rows, where
 * a VALUES list of a thousand rows is ten thousand parameters for the server to parse
 * and plan (most of a furnishing chunk's time, issue 17). SQLite has no arrays: there
 * each value is a `?` of a VALUES list, as is a single row on PostgreSQL, and rows
 * past SQLite's limit on values go in further statements (see sqliteSlices).
 *
 * `onConflict` follows `ON CONFLICT` verbatim, e.g. `("id") DO UPDATE SET …`; it may
 * refer to the stored row by the table's name and to the new one as EXCLUDED.
 */
export function upsertStatements<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
  onConflict: string,
  returning?: (keyof T & string)[],
): Statement[] {
  if (!rows.length) return [];
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns;
  const readers = columns.map((column) => valueReader(driver, column));
  const names = (list: string[]) => list.map((name) => `"${name}"`).join(', ');
  const returnedColumns = (returning ?? []).map(
    (property) => metadata.findColumnWithPropertyName(property)!.databaseName,
  );
  const insert = `INSERT INTO "${metadata.tableName}" (${names(columns.map((c) => c.databaseName))})`;
  const tail = `ON CONFLICT ${onConflict}${returnedColumns.length ? ` RETURNING ${names(returnedColumns)}` : ''}`;
  if (driver.options.type !== 'postgres') {
    const row = `(${columns.map(() => '?').join(', ')})`;
    return sqliteSlices(rows, columns.length).map((slice) => ({
      sql: `${insert} VALUES ${slice.map(() => row).join(', ')} ${tail}`,
      params: slice.flatMap((one) => readers.map((read) => read(one))),
    }));
  }
  if (rows.length === 1) {
    // one row (a file's stored chunk) goes as plain values: an array would escape every quote of a long text
    const cells = columns.map((_, i) => `$${i + 1}`);
    return [{ sql: `${insert} VALUES (${cells.join(', ')}) ${tail}`, params: readers.map((read) => read(rows[0])) }];
  }
  const values = readers.map((read) => rows.map((row) => read(row)));
  const shared = sharedValues(values);
  const cell = (column: ColumnMetadata, i: number) =>
    `$${i + 1}::${driver.normalizeType(column)}${shared[i] ? '' : '[]'}`;
  const varying = columns.flatMap((column, i) => (shared[i] ? [] : [{ array: cell(column, i), name: `c${i}` }]));
  const selected = columns.map((column, i) => (shared[i] ? cell(column, i) : `rows.c${i}`));
  return [
    {
      sql: `${insert} SELECT ${selected.join(', ')} FROM unnest(${varying.map((v) => v.array).join(', ')}) AS rows(${varying.map((v) => v.name).join(', ')}) ${tail}`,
      params: values.map((column, i) => (shared[i] ? column[0] : column)),
    },
  ];
}

/** Column types both drivers store as they are given: TypeORM's conversion would only walk its list of types (issue 17). */
const STORED_AS_GIVEN = new Set<unknown>(['varchar', 'character varying', 'text', 'integer', 'int', String, Number]);

/** How a column's value is read from a row for the driver: as it is where no conversion applies, else TypeORM's. */
function valueReader(driver: Driver, column: ColumnMetadata): (row: ObjectLiteral) => unknown {
  const plain = !column.transformer && !column.embeddedMetadata && !column.relationMetadata;
  if (plain && STORED_AS_GIVEN.has(column.type)) return (row) => row[column.propertyName] as unknown;
  return (row) => driver.preparePersistentValue(column.getEntityValue(row), column);
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * Which columns hold one value in every row (a furnisher's name, a currency, a null):
 * those travel once, as a scalar, not as an array. The server parses every element of
 * an array: for a furnished record, sending its shared columns once saved about 13% of
 * the server's CPU for the insert (issue 17).
 * One column at least stays an array: unnest makes the rows.
 */
function sharedValues(values: unknown[][]): boolean[] {
  const shared = values.map((column) => column.every((value) => sameValue(value, column[0])));
  if (shared.every(Boolean)) shared[0] = false;
  return shared;
}

/** Runs `upsertStatements` as one unit; answers the RETURNING rows, if any were asked for. */
export async function upsertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
  onConflict: string,
  returning?: (keyof T & string)[],
): Promise<Record<string, unknown>[]> {
  const statements = upsertStatements(manager, entity, rows, onConflict, returning);
  if (statements.length <= 1) return statements.length ? runStatement(manager, statements[0]) : [];
  return inOneTransaction(manager, async (runner) => {
    const returned: Record<string, unknown>[] = [];
    for (const statement of statements) returned.push(...(await runStatement(runner, statement)));
    return returned;
  });
}

async function runStatement(manager: EntityManager, statement: Statement): Promise<Record<string, unknown>[]> {
  const result: unknown = await manager.query(statement.sql, statement.params);
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
}

/**
 * Runs work in the caller's transaction, or in one of its own: the data source's, not
 * the manager's, for on SQLite it is the one queued behind the others
 * (serializeTransactions in database.ts); the manager's would BEGIN on the one
 * connection beside a running one.
 */
function inOneTransaction<R>(manager: EntityManager, work: (runner: EntityManager) => Promise<R>): Promise<R> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.connection.transaction(work);
}

/**
 * Runs writes as one unit, in as few round trips as the store allows. On PostgreSQL
 * several writes become one statement, each a data-modifying WITH query (they run
 * exactly once, to completion, on one snapshot, whether or not anything reads them),
 * so they commit or fail together without BEGIN and COMMIT. SQLite has no
 * data-modifying WITH: there they run one after another in the caller's transaction,
 * or in one of their own (BEGIN and COMMIT are in-process calls there, not round
 * trips). The writes must be independent: none may need to see another's rows.
 * Statements come from `upsertStatements`, whose only `$n` are its placeholders.
 */
export async function writeTogether(manager: EntityManager, writes: Statement[]): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length === 1) {
    await manager.query(writes[0].sql, writes[0].params);
    return;
  }
  if (manager.connection.driver.options.type === 'postgres') {
    const params: unknown[] = [];
    const parts = writes.map((write, i) => {
      const offset = params.length;
      params.push(...write.params);
      return `w${i} AS (${write.sql.replace(/\$(\d+)\b/g, (_, n: string) => `$${Number(n) + offset}`)})`;
    });
    await manager.query(`WITH ${parts.join(', ')} SELECT 1`, params);
    return;
  }
  await inOneTransaction(manager, async (runner) => {
    for (const write of writes) await runner.query(write.sql, write.params);
  });
}

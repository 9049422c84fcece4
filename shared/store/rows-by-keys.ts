import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { readByKeys } from './sqlite-values';

type Where<T> = Partial<Record<keyof T & string, unknown>>;

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyPath(property);
  if (!column) throw new Error(`${metadata.name} has no column for ${property}.`);
  return column;
}

/**
 * The rows of a plain entity (columns only, no relations) whose `property` is one of
 * `keys` and whose other properties equal `also`: what `repository.findBy({ property:
 * In(keys), ...also })` returns, in one hand-written statement. Loaders on a read's hot
 * path use it because TypeORM's query builder spends more CPU naming, escaping and
 * re-scanning one parameter per key than the database spends answering (a quarter of
 * the credit-history process in the profiles of issue 16). Portable: PostgreSQL gets
 * one array parameter (`= ANY($1)`, the same text for any number of keys), SQLite one
 * `?` per key (a statement per slice past its limit, see sqliteSlices); values go in
 * and come out through the driver's own conversions (booleans, dates, enums), so rows
 * are the entities `findBy` would give.
 */
export async function findByKeys<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  entity: EntityTarget<T>,
  property: keyof T & string,
  keys: readonly unknown[],
  also: Where<T> = {},
): Promise<T[]> {
  if (!keys.length) return [];
  const dataSource = source instanceof DataSource ? source : source.connection;
  const { driver } = dataSource;
  const metadata = dataSource.getMetadata(entity);
  if (metadata.relations.length) throw new Error(`findByKeys reads plain rows; ${metadata.name} has relations.`);
  const postgres = driver.options.type === 'postgres';
  const keyColumn = columnOf(metadata, property);
  const keyName = driver.escape(keyColumn.databaseName);
  const alsoColumns = Object.entries(also).map(([name, value]) => ({ column: columnOf(metadata, name), value }));
  const columns = metadata.columns.map((column) => driver.escape(column.databaseName)).join(', ');
  const table = metadata.tablePath
    .split('.')
    .map((part) => driver.escape(part))
    .join('.'); // "schema"."table" on PostgreSQL
  const select = (someKeys: readonly unknown[]): Promise<Record<string, unknown>[]> => {
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return postgres ? `$${params.length}` : '?';
    };
    const prepared = someKeys.map((key) => driver.preparePersistentValue(key, keyColumn));
    const conditions = [
      postgres ? `${keyName} = ANY(${bind(prepared)})` : `${keyName} IN (${prepared.map(bind).join(', ')})`,
      ...alsoColumns.map(
        ({ column, value }) =>
          `${driver.escape(column.databaseName)} = ${bind(driver.preparePersistentValue(value, column))}`,
      ),
    ];
    return source.query(`SELECT ${columns} FROM ${table} WHERE ${conditions.join(' AND ')}`, params);
  };
  const rows = await readByKeys(postgres, keys, select, alsoColumns.length);
  return rows.map((row) => {
    const hydrated = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of metadata.columns)
      column.setEntityValue(hydrated, driver.prepareHydratedValue(row[column.databaseName], column));
    return hydrated;
  });
}

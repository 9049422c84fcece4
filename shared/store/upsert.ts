import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One multi-row `INSERT … ON CONFLICT …`, written out directly. It is what TypeORM's
 * query builder would send, but the builder spends far more CPU than the database on
 * a few hundred parameters (it rescans the SQL once per parameter); on a hot path
 * such as logging every decision that is most of the request. Values still go
 * through the driver's own conversion (dates for SQLite, simple-json), and both
 * stores speak `ON CONFLICT` and `RETURNING`.
 *
 * `onConflict` follows `ON CONFLICT` verbatim, e.g. `("id") DO UPDATE SET …`; it may
 * refer to the stored row by the table's name and to the new one as EXCLUDED.
 */
export async function upsertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
  onConflict: string,
  returning?: (keyof T & string)[],
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns;
  const params: unknown[] = [];
  const placeholder = driver.options.type === 'postgres' ? () => `$${params.length}` : () => '?';
  const values = rows.map((row) => {
    const cells = columns.map((column) => {
      params.push(driver.preparePersistentValue(column.getEntityValue(row), column));
      return placeholder();
    });
    return `(${cells.join(', ')})`;
  });
  const names = (list: string[]) => list.map((name) => `"${name}"`).join(', ');
  const returnedColumns = (returning ?? []).map((property) => metadata.findColumnWithPropertyName(property)!.databaseName);
  const sql =
    `INSERT INTO "${metadata.tableName}" (${names(columns.map((c) => c.databaseName))}) VALUES ${values.join(', ')} ` +
    `ON CONFLICT ${onConflict}${returnedColumns.length ? ` RETURNING ${names(returnedColumns)}` : ''}`;
  const result: unknown = await manager.query(sql, params);
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
}

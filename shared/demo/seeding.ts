import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** Multi-row inserts, sized to stay under SQLite's and PostgreSQL's bind-parameter limits. */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
  chunkSize = 250,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager.getRepository(entity).insert(rows.slice(start, start + chunkSize));
  }
}

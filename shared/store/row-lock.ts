import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * One row, locked until the caller's transaction ends, so two writers of it go one after
 * the other. SQLite has no row locks: it runs one write transaction at a time anyway.
 */
export function findOneLocked<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
): Promise<T | null> {
  const lock = manager.connection.options.type === 'postgres' ? { mode: 'pessimistic_write' as const } : undefined;
  return manager.getRepository(entity).findOne({ where, lock });
}

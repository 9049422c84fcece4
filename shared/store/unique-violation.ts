import { ObjectLiteral, QueryFailedError, Repository } from 'typeorm';

/**
 * Whether a write failed on a unique index or primary key. PostgreSQL names both 23505;
 * SQLite tells them apart. Either means a concurrent request won the race the index guards.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Inserts a row a unique index may refuse (one open case per subject, one partner per
 * name): the check before it answers the usual case, the index the race, and both
 * give the caller the same error.
 */
export async function insertUnlessTaken<T extends ObjectLiteral>(
  repository: Repository<T>,
  row: T,
  taken: () => Error,
): Promise<T> {
  try {
    await repository.insert(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
  return row;
}

import { Column, ColumnOptions } from 'typeorm';

/**
 * An instant in time. PostgreSQL stores it with its time zone; SQLite has no such
 * type, so TypeORM's datetime (UTC text) stands in. The database is chosen by
 * DATABASE_URL before any entity is loaded, so the column type can follow it.
 */
export function TimestampColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ ...options, type: process.env.DATABASE_URL ? 'timestamptz' : 'datetime' });
}

/** A calendar date (due date, paid date) as ISO 'YYYY-MM-DD': portable and sortable as text. */
export function DateColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ ...options, type: 'varchar', length: 10 });
}

/** An enum value stored as its GraphQL name, so the tables read like the API. */
export function EnumColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ ...options, type: 'varchar', length: 40 });
}

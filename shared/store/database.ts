import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { dataDirectory } from '../paths';
import { UsedCredentials1796300000000 } from './migrations/1796300000000-UsedCredentials';
import { UsedCredential } from './used-credential';

/**
 * Where the subgraphs keep their data. SQLite is the embedded default so a fresh
 * clone runs with no server; PostgreSQL (DATABASE_URL) is production, one schema
 * per subgraph, built by migrations.
 */
export type DatabaseSettings =
  { kind: 'sqlite'; directory: string | 'memory' } | { kind: 'postgres'; url: string; schemaPrefix: string };

export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  if (env.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
      throw new Error('DATABASE_URL must be a postgres:// URL; unset it to use the embedded SQLite files.');
    }
    return { kind: 'postgres', url: env.DATABASE_URL, schemaPrefix: env.CREDENCE_DB_SCHEMA_PREFIX ?? '' };
  }
  return { kind: 'sqlite', directory: dataDirectory(env) };
}

const workKind = new AsyncLocalStorage<'background' | 'transport'>();

/** Runs work that no request asked for (a worker's poll): its SQL is counted apart, in `background`. */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return workKind.run('background', work);
}

/** Runs the transport's own bookkeeping for a request (its credential's single use): counted apart, in `transport`. */
export function asTransportWork<T>(work: () => Promise<T>): Promise<T> {
  return workKind.run('transport', work);
}

/** Whether the code running now is a worker's, not a request's. */
export function isBackgroundWork(): boolean {
  return workKind.getStore() === 'background';
}

/** Whether the code running now answers a request: neither a worker's nor the transport's bookkeeping. */
export function isRequestWork(): boolean {
  return workKind.getStore() === undefined;
}

/**
 * Counts the SQL statements a data source sends: `count` those sent for requests (the
 * N+1 tests and the benchmark read it), `background` those of workers such as the
 * outbox poll, so that a poll landing during a measured request does not blur it, and
 * `transport` the one statement each request's credential costs, whatever it asks.
 */
export class QueryCounter implements Logger {
  count = 0;
  background = 0;
  transport = 0;
  logQuery(_query: string): void {
    const kind = workKind.getStore();
    if (kind === 'background') this.background += 1;
    else if (kind === 'transport') this.transport += 1;
    else this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.CREDENCE_LOG_SQL_ERRORS === 'true') console.error('[credence] query failed:', query, error);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  queries: QueryCounter;
}

export interface SubgraphDatabaseDefinition {
  /** schema (PostgreSQL) or file (SQLite) name: snake_case */
  storeName: string;
  entities: Function[];
  migrations: Function[];
}

/** Tables every subgraph's store holds besides its own: the internal credentials it has accepted. */
export const SHARED_ENTITIES = [UsedCredential];
export const SHARED_MIGRATIONS = [UsedCredentials1796300000000];

function dataSourceOptions(settings: DatabaseSettings, own: SubgraphDatabaseDefinition): DataSourceOptions {
  const definition = {
    ...own,
    entities: [...own.entities, ...SHARED_ENTITIES],
    migrations: [...own.migrations, ...SHARED_MIGRATIONS],
  };
  if (settings.kind === 'postgres') {
    const schema = `${settings.schemaPrefix}${definition.storeName}`;
    return {
      type: 'postgres',
      url: settings.url,
      schema,
      // Migrations are written without a schema name; the search path puts them in ours.
      extra: { options: `-c search_path=${schema}`, max: 10 },
      entities: definition.entities,
      migrations: definition.migrations,
      migrationsTableName: 'migrations',
      synchronize: false,
    };
  }
  let database = ':memory:';
  if (settings.directory !== 'memory') {
    mkdirSync(settings.directory, { recursive: true });
    database = join(settings.directory, `${definition.storeName}.sqlite`);
  }
  // The embedded store is created from the entities; PostgreSQL is the one with migrations.
  // A file may be open in several processes (replicas, a script beside `npm start`): in WAL
  // mode readers never block the writer, and a writer waits up to `timeout` ms for another.
  return {
    type: 'better-sqlite3',
    database,
    entities: definition.entities,
    synchronize: true,
    enableWAL: database !== ':memory:',
    timeout: 5000,
  };
}

/** Opens a subgraph's store, migrates it and runs `prepare` (e.g. the demo seed) once it is current. */
export async function openSubgraphDatabase(
  settings: DatabaseSettings,
  definition: SubgraphDatabaseDefinition,
  prepare?: (dataSource: DataSource) => Promise<unknown>,
): Promise<SubgraphDatabase> {
  const queries = new QueryCounter();
  const dataSource = new DataSource({ ...dataSourceOptions(settings, definition), logging: true, logger: queries });
  await dataSource.initialize();
  try {
    if (settings.kind === 'sqlite') {
      serializeTransactions(dataSource);
      await prepare?.(dataSource);
    }
    if (settings.kind === 'postgres') {
      const schema = `${settings.schemaPrefix}${definition.storeName}`;
      await whileStartupLocked(dataSource, schema, async () => {
        await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await dataSource.runMigrations({ transaction: 'each' });
        await prepare?.(dataSource);
      });
    }
  } catch (error) {
    await dataSource.destroy(); // a half-opened store must not keep connections (and the process) alive
    throw error;
  }
  return { dataSource, queries };
}

/**
 * Replicas starting together on one schema take turns: migrations and the seed run
 * under a PostgreSQL advisory lock named after the schema, and whoever comes second
 * finds nothing left to do. TypeORM's runMigrations takes no lock of its own, and two
 * concurrent CREATE SCHEMA IF NOT EXISTS can fail.
 */
async function whileStartupLocked(dataSource: DataSource, schema: string, work: () => Promise<void>): Promise<void> {
  const session = dataSource.createQueryRunner();
  await session.connect();
  const key = [`credence:${schema}`];
  try {
    await session.query('SELECT pg_advisory_lock(hashtext($1))', key);
    try {
      await work();
    } finally {
      await session.query('SELECT pg_advisory_unlock(hashtext($1))', key);
    }
  } finally {
    await session.release();
  }
}

/**
 * TypeORM gives an SQLite data source one connection, so two transactions started by
 * concurrent requests would nest as savepoints and one's rollback could undo the
 * other's writes. Transactions on SQLite therefore run one after another.
 */
function serializeTransactions(dataSource: DataSource): void {
  const transaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  dataSource.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as DataSource['transaction'];
}

/** Drops a subgraph's PostgreSQL schema: only tests use it, to leave nothing behind. */
export async function dropSubgraphSchema(database: SubgraphDatabase): Promise<void> {
  const options = database.dataSource.options;
  if (options.type === 'postgres' && options.schema) {
    await database.dataSource.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
  }
}

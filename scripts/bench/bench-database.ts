import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { DatabaseSettings } from '../../shared/store/database';

/** Stores of the bench's own: throw-away PostgreSQL schemas when DATABASE_URL is set, in-memory SQLite otherwise. */
export function benchDatabase(): DatabaseSettings {
  const url = process.env.DATABASE_URL;
  return url
    ? { kind: 'postgres', url, schemaPrefix: `bench_${randomBytes(4).toString('hex')}_` }
    : { kind: 'sqlite', directory: 'memory' };
}

/** Drops the bench's PostgreSQL schemas once the platform using them has stopped (its workers poll until then). */
export async function dropBenchDatabase(database: DatabaseSettings): Promise<void> {
  if (database.kind !== 'postgres') return;
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const { database: store } of Object.values(SUBGRAPHS))
      await client.query(`DROP SCHEMA IF EXISTS "${database.schemaPrefix}${store.storeName}" CASCADE`);
  } finally {
    await client.end();
  }
}

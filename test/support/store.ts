import { randomBytes } from 'node:crypto';
import {
  dropSubgraphSchema,
  openSubgraphDatabase,
  SubgraphDatabase,
  SubgraphDatabaseDefinition,
} from '../../shared/store/database';

export const testSchemaPrefix = () => `t_${randomBytes(4).toString('hex')}_`;

/**
 * One subgraph's store for a test file: in-memory SQLite, or PostgreSQL schemas of
 * its own when DATABASE_URL is set. Opened before the file's tests, dropped after.
 */
export function useTestStore(definition: SubgraphDatabaseDefinition): { readonly database: SubgraphDatabase } {
  const holder = {} as { database: SubgraphDatabase };
  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    holder.database = await openSubgraphDatabase(
      url ? { kind: 'postgres', url, schemaPrefix: testSchemaPrefix() } : { kind: 'sqlite', directory: 'memory' },
      definition,
    );
  });
  afterAll(async () => {
    await dropSubgraphSchema(holder.database);
    await holder.database.dataSource.destroy();
  });
  return holder;
}

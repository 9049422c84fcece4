import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSubgraphSchema, openSubgraphDatabase, SHARED_MIGRATIONS } from '../../shared/store/database';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { CreditFile } from '../../subgraphs/credit-history/entities/CreditFile';
import { UserProfile } from '../../subgraphs/users/entities/UserProfile';
import { SUBGRAPHS } from '../../platform/subgraphs';

const DATABASE_URL = process.env.DATABASE_URL;

describe('PostgreSQL migrations', () => {
  if (!DATABASE_URL) {
    // CI runs the whole suite a second time with DATABASE_URL set.
    test.skip('build exactly the tables the entities describe (runs only when DATABASE_URL is set)', () => {});
    return;
  }

  test.each(SUBGRAPH_NAMES)('of the %s subgraph build exactly the tables its entities describe', async (name) => {
    const module = SUBGRAPHS[name];
    const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
    const database = await openSubgraphDatabase({ kind: 'postgres', url: DATABASE_URL, schemaPrefix }, module.database);
    try {
      const executed = await database.dataSource.query(
        `SELECT name FROM "${schemaPrefix}${module.database.storeName}".migrations`,
      );
      expect(executed).toHaveLength(module.database.migrations.length + SHARED_MIGRATIONS.length);
      const pending = await database.dataSource.driver.createSchemaBuilder().log();
      // On failure the statements show what a new migration must do (npm run migration:generate).
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dropSubgraphSchema(database);
      await database.dataSource.destroy();
    }
  });
});

describe('replicas starting together on a fresh PostgreSQL schema', () => {
  if (!DATABASE_URL) {
    test.skip('migrate and seed it once (runs only when DATABASE_URL is set)', () => {});
    return;
  }

  test('migrate and seed it once, whoever comes first', async () => {
    const module = SUBGRAPHS.users;
    const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
    const opened = await Promise.allSettled(
      Array.from({ length: 3 }, () =>
        openSubgraphDatabase({ kind: 'postgres', url: DATABASE_URL, schemaPrefix }, module.database, (dataSource) =>
          module.seed(dataSource, 5),
        ),
      ),
    );
    const replicas = opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(opened.filter((result) => result.status === 'rejected')).toEqual([]);
      const executed = await replicas[0].dataSource.query(
        `SELECT name FROM "${schemaPrefix}${module.database.storeName}".migrations`,
      );
      expect(executed).toHaveLength(module.database.migrations.length + SHARED_MIGRATIONS.length);
      expect(await replicas[0].dataSource.getRepository(UserProfile).count()).toBe(5);
    } finally {
      if (replicas.length) await dropSubgraphSchema(replicas[0]);
      await Promise.all(replicas.map((replica) => replica.dataSource.destroy()));
    }
  });
});

describe('the embedded SQLite store', () => {
  if (DATABASE_URL) {
    // Timestamp columns take their type from DATABASE_URL when the entities load.
    test.skip('keeps its data in a file across a restart (runs only when DATABASE_URL is unset)', () => {});
    return;
  }

  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'credence-store-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test.each([
    ['users', UserProfile],
    ['credit-history', CreditFile],
  ] as const)(
    'of the %s subgraph keeps its data in a file across a restart, and is not seeded twice',
    async (name, entity) => {
      const module = SUBGRAPHS[name];
      const first = await openSubgraphDatabase({ kind: 'sqlite', directory }, module.database);
      expect(await module.seed(first.dataSource, 5)).toBe(5);
      await first.dataSource.destroy();

      const reopened = await openSubgraphDatabase({ kind: 'sqlite', directory }, module.database);
      try {
        expect(await reopened.dataSource.getRepository(entity).count()).toBe(5);
        expect(await module.seed(reopened.dataSource, 5)).toBe(0);
        expect(await reopened.dataSource.getRepository(entity).count()).toBe(5);
      } finally {
        await reopened.dataSource.destroy();
      }
    },
  );
});

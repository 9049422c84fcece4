import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSettings, databaseSettingsFromEnv } from '../../shared/store/database';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { FREE_PORTS, Platform, startPlatform } from '../../platform/launcher';
import { BudgetSettings, budgetSettingsFromEnv } from '../../gateway/cost-budget';
import { SUBGRAPHS } from '../../platform/subgraphs';

/**
 * Budgets so large that no test but the budget tests ever meets them, under a key
 * prefix of this run's own (so tests sharing one Redis never share a counter).
 */
export function testBudgets(overrides: Partial<BudgetSettings> = {}): BudgetSettings {
  const points = 10_000_000;
  return {
    ...budgetSettingsFromEnv(),
    points: { anonymous: points, user: points, partner: points, staff: points },
    keyPrefix: `test:${randomBytes(6).toString('hex')}`,
    ...overrides,
  };
}

interface TestPlatformOptions {
  seedLimit?: number;
  budgets?: BudgetSettings;
}

/** Stores of a test's own: its own PostgreSQL schemas, or in-memory SQLite (a directory when stacks share it). */
function testDatabase(onDisk = false): DatabaseSettings {
  const fromEnv = databaseSettingsFromEnv();
  if (fromEnv.kind === 'postgres') return { ...fromEnv, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` };
  return { kind: 'sqlite', directory: onDisk ? mkdtempSync(join(tmpdir(), 'credence-stacks-')) : 'memory' };
}

async function startOn(database: DatabaseSettings, options: TestPlatformOptions): Promise<Platform> {
  try {
    return await startPlatform({
      database,
      supergraphSdl: composeSupergraph(),
      ports: FREE_PORTS,
      seed: true,
      seedLimit: options.seedLimit ?? 60,
      budgets: options.budgets ?? testBudgets(),
    });
  } catch (error) {
    if (database.kind === 'postgres') await dropSchemasWithPrefix(database.url, database.schemaPrefix);
    throw error;
  }
}

/** Drops the stores once the platform that used them has stopped. */
function dropStoresOnStop(platform: Platform, database: DatabaseSettings): void {
  const stop = platform.stop;
  platform.stop = async () => {
    await stop(); // workers first: a poll must not meet a dropped schema
    if (database.kind === 'postgres') await dropSchemasWithPrefix(database.url, database.schemaPrefix);
    if (database.kind === 'sqlite' && database.directory !== 'memory')
      rmSync(database.directory, { recursive: true, force: true });
  };
}

/**
 * The whole platform on free ports: in-memory SQLite by default, or PostgreSQL in
 * schemas of its own when DATABASE_URL is set (dropped again by stop()), so no test
 * sees another's rows or anything left from an earlier run.
 */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<Platform> {
  const database = testDatabase();
  const platform = await startOn(database, options);
  dropStoresOnStop(platform, database);
  return platform;
}

/**
 * Two complete platforms (gateway and four subgraphs each, with their own
 * connections and workers) on the same stores, as two replicas run: the same
 * PostgreSQL schemas, or the same SQLite files. Stop the second before the first.
 */
export async function startTwoStacks(options: TestPlatformOptions = {}): Promise<[Platform, Platform]> {
  const database = testDatabase(true);
  const first = await startOn(database, options);
  dropStoresOnStop(first, database);
  const second = await startOn(database, options).catch(async (error) => {
    await first.stop();
    throw error;
  });
  return [first, second];
}

/** Leaves nothing behind when a start fails half-way, before any handle to the stores exists. */
export async function dropSchemasWithPrefix(url: string, prefix: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of SUBGRAPH_NAMES) {
      await client.query(`DROP SCHEMA IF EXISTS "${prefix}${SUBGRAPHS[name].database.storeName}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}

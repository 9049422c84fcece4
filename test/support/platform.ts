import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { databaseSettingsFromEnv } from '../../shared/store/database';
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

/**
 * The whole platform on free ports: in-memory SQLite by default, or PostgreSQL in
 * schemas of its own when DATABASE_URL is set (dropped again by stop()), so no test
 * sees another's rows or anything left from an earlier run.
 */
export async function startTestPlatform(options: { seedLimit?: number; budgets?: BudgetSettings } = {}): Promise<Platform> {
  const fromEnv = databaseSettingsFromEnv();
  const database =
    fromEnv.kind === 'postgres'
      ? { ...fromEnv, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
      : ({ kind: 'sqlite', directory: 'memory' } as const);
  let platform: Platform;
  try {
    platform = await startPlatform({
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
  const stop = platform.stop;
  platform.stop = async () => {
    await stop(); // workers first: a poll must not meet a dropped schema
    if (database.kind === 'postgres') await dropSchemasWithPrefix(database.url, database.schemaPrefix);
  };
  return platform;
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

import { DataSource } from 'typeorm';
import { databaseSettingsFromEnv, openSubgraphDatabase } from '../store/database';
import { portFromEnv, SubgraphModule, subgraphUrlsFromEnv } from './subgraph-module';
import { createSubgraphServer } from './subgraph-server';
import { startTracingFromEnv } from './tracing';
import { stopOnSignals } from './shutdown';

/**
 * Runs one subgraph as its own process (production layout): its store from
 * DATABASE_URL or the SQLite default, its port from <NAME>_PORT, its peers from
 * <NAME>_URL. Stops cleanly on SIGINT/SIGTERM.
 */
export async function runSubgraph<TLoaders>(module: SubgraphModule<TLoaders>): Promise<void> {
  const stopTracing = startTracingFromEnv(`credence-${module.name}`);
  const seed =
    process.env.CREDENCE_SEED_DEMO !== 'false' ? (dataSource: DataSource) => module.seed(dataSource) : undefined;
  const database = await openSubgraphDatabase(databaseSettingsFromEnv(), module.database, seed);
  const peers = subgraphUrlsFromEnv();
  const server = await (
    await createSubgraphServer(module.definition, database, peers)
  ).listen(portFromEnv(module.name), process.env.CREDENCE_HOST ?? '127.0.0.1');
  const stopWorkers = await module.startWorkers?.(database, peers);
  console.log(`${module.name} subgraph listening at ${server.url}`);
  stopOnSignals(async () => {
    await stopWorkers?.();
    await server.stop();
    await database.dataSource.destroy();
    await stopTracing();
  });
}

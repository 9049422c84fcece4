import { readSupergraph } from '../gateway/compose-supergraph';
import { databaseSettingsFromEnv } from '../shared/store/database';
import { SUBGRAPH_NAMES } from '../shared/server/subgraph-module';
import { portsFromEnv, startPlatform } from '../platform/launcher';
import { browserSettingsFromEnv } from '../gateway/browser';
import { startTracingFromEnv } from '../shared/server/tracing';
import { PLAYGROUND_PATH } from '../gateway/browser/playground-routes';

/** `npm start`: the whole platform with demo data, in one process, until Ctrl-C. */
async function main() {
  // One process runs every server here, so its spans share one service name.
  const stopTracing = startTracingFromEnv('credence');
  const database = databaseSettingsFromEnv();
  console.log(`Credence: starting on ${database.kind === 'postgres' ? 'PostgreSQL' : `SQLite (${database.directory})`}…`);
  const platform = await startPlatform({
    database,
    supergraphSdl: readSupergraph(),
    ports: portsFromEnv(),
    seed: process.env.CREDENCE_SEED_DEMO !== 'false',
    host: process.env.CREDENCE_HOST ?? '127.0.0.1',
  });
  for (const name of SUBGRAPH_NAMES) console.log(`  subgraph ${name.padEnd(15)} ${platform.subgraphUrls[name]} (gateway only)`);
  console.log(`\nCredence gateway ready at ${platform.gatewayUrl}`);
  if (browserSettingsFromEnv().playground) console.log(`Playground (open in a browser): ${new URL(PLAYGROUND_PATH, platform.gatewayUrl)}`);
  console.log('Mint a demo token with: npm run token -- user|partner|staff (see README)\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the gateway and subgraphs…`);
    await platform.stop();
    await stopTracing();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`Credence failed to start: ${(error as Error).message}`);
  process.exit(1);
});

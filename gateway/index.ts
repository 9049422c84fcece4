import { subgraphUrlsFromEnv } from '../shared/server/subgraph-module';
import { readSupergraph } from './compose-supergraph';
import { startTracingFromEnv } from '../shared/server/tracing';
import { createGatewayServer } from './server';
import { stopOnSignals } from '../shared/server/shutdown';

/** The gateway as its own process, routing to the subgraphs at <NAME>_URL. */
async function main() {
  const stopTracing = startTracingFromEnv('credence-gateway');
  const server = await (
    await createGatewayServer({ supergraphSdl: readSupergraph(), subgraphUrls: subgraphUrlsFromEnv() })
  ).listen(Number(process.env.GATEWAY_PORT ?? 4000), process.env.CREDENCE_HOST ?? '127.0.0.1');
  console.log(`Credence gateway ready at ${server.url}`);
  stopOnSignals(async () => {
    await server.stop();
    await stopTracing();
  });
}

main().catch((error) => {
  console.error(`gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});

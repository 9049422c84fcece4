import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { createGatewayServer } from '../../gateway/server';
import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { SubgraphName, SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { testBudgets } from './platform';

/** One request the gateway sent a subgraph: the subgraph and the body, as sent. */
export interface Recorded {
  subgraph: SubgraphName;
  body: string;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

async function recordingProxy(
  subgraph: SubgraphName,
  target: string,
  recorded: Recorded[],
  proxies: Server[],
): Promise<string> {
  const proxy = createServer(async (request, response) => {
    const body = await readBody(request);
    recorded.push({ subgraph, body });
    const answer = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxies.push(proxy);
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
}

/**
 * A second gateway in front of a running platform, whose every request to a subgraph
 * goes through a recording proxy: what a gateway sends is exactly what is recorded
 * (the subgraphs' calls to one another do not pass here).
 */
export async function startRecordingGateway(
  platform: Platform,
): Promise<{ gateway: RunningServer; recorded: Recorded[]; stop(): Promise<void> }> {
  const recorded: Recorded[] = [];
  const proxies: Server[] = [];
  const urls = {} as SubgraphUrls;
  for (const name of SUBGRAPH_NAMES)
    urls[name] = await recordingProxy(name, platform.subgraphUrls[name], recorded, proxies);
  const gateway = await (
    await createGatewayServer({ supergraphSdl: composeSupergraph(), subgraphUrls: urls, budgets: testBudgets() })
  ).listen(0);
  return {
    gateway,
    recorded,
    stop: async () => {
      await gateway.stop();
      await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
    },
  };
}

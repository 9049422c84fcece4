import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { createGatewayServer } from '../../gateway/server';
import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { SubgraphName, SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { INTERNAL_CREDENTIAL_EXTENSION } from '../../shared/trust/internal-auth';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { startTestPlatform, testBudgets } from '../support/platform';
import { asPartner, graphql, partnerId, userId } from '../support/graphql';

/**
 * What a de-duplicating gateway keys on is the subgraph URL and the request body. A
 * recording proxy in front of each subgraph captures exactly those, as the gateway sends them.
 */
interface Recorded {
  subgraph: SubgraphName;
  body: string;
}

let platform: Platform;
let gateway: RunningServer;
const proxies: Server[] = [];
const recorded: Recorded[] = [];

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
}

async function recordingProxy(subgraph: SubgraphName, target: string): Promise<string> {
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

beforeAll(async () => {
  platform = await startTestPlatform();
  const urls = {} as SubgraphUrls;
  for (const name of SUBGRAPH_NAMES) urls[name] = await recordingProxy(name, platform.subgraphUrls[name]);
  gateway = await (await createGatewayServer({ supergraphSdl: composeSupergraph(), subgraphUrls: urls, budgets: testBudgets() })).listen(0);
});
afterAll(async () => {
  await gateway.stop();
  await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
  await platform.stop();
});

const THRESHOLD = `query Waiver($id: ID!) { user(id: $id) { scoreAtLeast(threshold: 600) } }`;

async function scoresRequestsOf(partner: number, send: () => Promise<unknown>) {
  recorded.length = 0;
  await send();
  return recorded.filter((r) => r.subgraph === 'scores').map((r) => ({ raw: r.body, ...(JSON.parse(r.body) as Record<string, any>) }));
}

describe("subgraph requests of different viewers are never identical", () => {
  test('two partners sending the same query at the same moment: same query and variables, different bodies', async () => {
    recorded.length = 0;
    const [bikes, travel] = [await asPartner(0), await asPartner(1)];
    await Promise.all([
      graphql(gateway.url, THRESHOLD, { id: userId(5) }, bikes),
      graphql(gateway.url, THRESHOLD, { id: userId(5) }, travel),
    ]);
    const toScores = recorded.filter((r) => r.subgraph === 'scores').map((r) => JSON.parse(r.body) as Record<string, any>);
    expect(toScores).toHaveLength(2);
    const [first, second] = toScores;
    // Everything a plan decides is the same for both...
    expect(first.query).toBe(second.query);
    expect(first.variables).toEqual(second.variables);
    // ...but each body carries its own viewer's credential, so the bodies differ.
    expect(JSON.stringify(first)).not.toBe(JSON.stringify(second));
    const viewers = toScores.map((body) => decodeJwt(body.extensions[INTERNAL_CREDENTIAL_EXTENSION]).viewer);
    expect(viewers).toEqual(
      expect.arrayContaining([
        { kind: 'partner', partnerId: partnerId(0) },
        { kind: 'partner', partnerId: partnerId(1) },
      ]),
    );
    for (const body of toScores) expect(decodeJwt(body.extensions[INTERNAL_CREDENTIAL_EXTENSION]).aud).toBe('scores');
  });

  test('even one viewer asking twice sends two different bodies (each credential is fresh)', async () => {
    const bikes = await asPartner(0);
    const first = await scoresRequestsOf(0, () => graphql(gateway.url, THRESHOLD, { id: userId(6) }, bikes));
    const second = await scoresRequestsOf(0, () => graphql(gateway.url, THRESHOLD, { id: userId(6) }, bikes));
    expect(first[0].raw).not.toBe(second[0].raw);
  });

  test('a captured body is refused when sent again, and by any other subgraph', async () => {
    const [captured] = await scoresRequestsOf(0, async () => graphql(gateway.url, THRESHOLD, { id: userId(7) }, await asPartner(0)));
    const replay = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: captured.raw });
    const again = await replay(platform.subgraphUrls.scores);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ errors: [expect.objectContaining({ message: expect.stringMatching(/already used/) })] });
    const elsewhere = await replay(platform.subgraphUrls.users);
    expect(elsewhere.status).toBe(401);
  });
});

import { createServer, IncomingMessage } from 'node:http';
import { SubgraphName } from '../../shared/server/subgraph-module';
import { SubgraphUrls } from '../../shared/trust/internal-client';

export interface Delivery {
  /** which proxy (stack) it went through */
  via: string;
  target: string;
  subjectId: string;
  startedAt: number;
  endedAt: number;
  ok: boolean;
}

export interface DeliveryProxy {
  /** the URLs to give the consent subgraph in place of its peers' */
  urls: Partial<SubgraphUrls>;
  deliveries: Delivery[];
  /** the targets whose erase calls are answered 503, as by a subgraph that is down */
  down: SubgraphName[];
  /** how long each erase call is held before it is passed on, to widen any overlap */
  delayMs: number;
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Stands between one consent subgraph and the subgraphs it erases from: passes every
 * call on, and records each erase call (who, which subject, from when to when, with
 * what outcome), so a test can count deliveries at the target.
 */
export async function startDeliveryProxy(via: string, targets: Partial<SubgraphUrls>): Promise<DeliveryProxy> {
  const proxy: Omit<DeliveryProxy, 'urls' | 'close'> = { deliveries: [], down: [], delayMs: 0 };
  const server = createServer(async (request, response) => {
    const target = request.url!.split('/')[1] as SubgraphName;
    const body = await readBody(request);
    const { query, variables } = JSON.parse(body) as { query: string; variables?: { subjectId?: string } };
    const erase = /eraseSubject/.test(query)
      ? { via, target, subjectId: variables!.subjectId!, startedAt: Date.now() }
      : null;
    if (erase && proxy.down.includes(target)) {
      proxy.deliveries.push({ ...erase, endedAt: Date.now(), ok: false });
      response.writeHead(503).end();
      return;
    }
    if (erase) await new Promise((resolve) => setTimeout(resolve, proxy.delayMs));
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)),
    );
    const upstream = await fetch(targets[target]!, {
      method: 'POST',
      headers: headers as Record<string, string>,
      body,
    });
    const text = await upstream.text();
    if (erase) proxy.deliveries.push({ ...erase, endedAt: Date.now(), ok: upstream.ok && !JSON.parse(text).errors });
    response
      .writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' })
      .end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const urls = Object.fromEntries(Object.keys(targets).map((name) => [name, `http://127.0.0.1:${port}/${name}`]));
  return Object.assign(proxy, {
    urls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as DeliveryProxy;
}

import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A worker thread of `npm run bench`'s hostile section: `clients` attackers, each
 * sending one hostile request back to back from another local address (an attacker is
 * not the consumer's machine), until the parent says stop. Answers the statuses it got.
 */
export interface AttackOrders {
  url: string;
  contentType: string;
  body: string;
  clients: number;
  localAddress: string;
}

/** Sends one request and reads the answer through; resolves with its status (0 when the connection was cut). */
export function sendFrom(orders: Pick<AttackOrders, 'url' | 'contentType' | 'body'>, agent: Agent): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = request(
      orders.url,
      { method: 'POST', agent, headers: { 'content-type': orders.contentType } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    // A refusal may close the connection before the body is through: that is the point, not a failure.
    outgoing.on('error', () => resolve(0));
    outgoing.end(orders.body);
  });
}

if (parentPort) {
  const orders = workerData as AttackOrders;
  const agent = new Agent({ keepAlive: true, localAddress: orders.localAddress });
  const statuses = new Map<number, number>();
  let running = true;
  parentPort.on('message', () => {
    running = false;
  });
  const loops = Array.from({ length: orders.clients }, async () => {
    while (running) {
      const status = await sendFrom(orders, agent);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  void Promise.all(loops).then(() => {
    agent.destroy();
    parentPort!.postMessage(Object.fromEntries(statuses));
  });
}

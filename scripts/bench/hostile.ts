import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { mintToken } from '../../gateway/viewer-token';
import { demoUserId } from '../../shared/demo/demo-population';
import { Agent } from 'node:http';
import { AttackOrders, sendFrom } from './hostile-attacker';
import { HOSTILE_REQUESTS, HostileRequest } from './hostile-documents';
import { median } from './median';

/**
 * `npm run bench`, hostile section: how long the gateway takes to refuse each attack,
 * and what a consumer's ordinary query (three subgraphs and a consent decision) costs
 * while attackers repeat it, against the same query with no attack, the two measured
 * in alternating rounds so that drift on a shared machine hits both alike.
 */
const REFUSALS = 5;
const ROUNDS = 8;
const NORMAL_PER_ROUND = 4;
const ATTACKERS = 4;
const NORMAL = `{ me { displayName creditScore { value band } } }`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** One hostile request from `localAddress`, on a connection of its own. */
async function sendHostile(url: string, request: HostileRequest, localAddress: string): Promise<void> {
  const agent = new Agent({ localAddress });
  await sendFrom({ url, contentType: request.contentType, body: request.body }, agent);
  agent.destroy();
}

async function normalLatencies(url: string, token: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < NORMAL_PER_ROUND; i += 1) {
    latencies.push(
      await timed(async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: NORMAL }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`the normal query failed under attack: ${JSON.stringify(body.errors)}`);
      }),
    );
  }
  return latencies;
}

/**
 * Attackers repeating one request back to back, from 127.0.0.2, in a worker thread of
 * their own (attack traffic comes from other machines; in this process it would also
 * compete with the consumer's client for one event loop) until told to stop; the stop
 * answers what the attackers got back, by HTTP status.
 */
function attack(url: string, request: HostileRequest, localAddress: string): () => Promise<Record<string, number>> {
  const orders: AttackOrders = {
    url,
    contentType: request.contentType,
    body: request.body,
    clients: ATTACKERS,
    localAddress,
  };
  const worker = new Worker(join(__dirname, 'hostile-attacker.js'), { workerData: orders });
  const answered = new Promise<Record<string, number>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const statuses = await answered;
    await worker.terminate();
    return statuses;
  };
}

/**
 * Each attack comes from an address of its own, and its timed refusals from another
 * (127.0.0.0/8 is all loopback): neither draws on the consumer's allowance (127.0.0.1)
 * nor on what an earlier attack spent, so each row starts from the same state.
 */
const attackerAddress = (row: number) => `127.0.2.${row + 1}`;
const probeAddress = (row: number) => `127.0.3.${row + 1}`;

/** "1234 sent, 97% 429": how much the attackers got through, and how much was refused on its headers. */
function attackSummary(statuses: Record<string, number>[], seconds: number): string {
  const totals = new Map<string, number>();
  for (const round of statuses)
    for (const [status, count] of Object.entries(round)) totals.set(status, (totals.get(status) ?? 0) + count);
  const sent = [...totals.values()].reduce((sum, count) => sum + count, 0);
  const limited = totals.get('429') ?? 0;
  return `${Math.round(sent / seconds)}/s, ${sent ? Math.round((100 * limited) / sent) : 0}% 429`;
}

export async function benchHostile(gatewayUrl: string): Promise<string> {
  const token = await mintToken({ sub: demoUserId(1), kind: 'user' }, '15m');
  const rows: string[] = [];
  const ratios: number[] = [];
  for (const [row, request] of HOSTILE_REQUESTS.entries()) {
    console.error(`hostile: ${request.name}…`);
    const refusals: number[] = [];
    for (let i = 0; i < REFUSALS; i += 1)
      refusals.push(await timed(() => sendHostile(gatewayUrl, request, probeAddress(row))));
    const idle: number[] = [];
    const underAttack: number[] = [];
    const statuses: Record<string, number>[] = [];
    let attackMs = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      idle.push(...(await normalLatencies(gatewayUrl, token)));
      const stop = attack(gatewayUrl, request, attackerAddress(row));
      const started = performance.now();
      underAttack.push(...(await normalLatencies(gatewayUrl, token)));
      statuses.push(await stop());
      attackMs += performance.now() - started;
    }
    const ratio = median(underAttack) / median(idle);
    ratios.push(ratio);
    rows.push(
      `${request.name.padEnd(40)} ${median(refusals).toFixed(1).padStart(9)}  ${median(idle).toFixed(1).padStart(7)}  ${median(underAttack).toFixed(1).padStart(12)}  ${ratio.toFixed(2).padStart(8)}  ${attackSummary(statuses, attackMs / 1000)}`,
    );
  }
  return [
    `Hostile documents through the gateway: time to refuse (median of ${REFUSALS}), and a consumer's query while ${ATTACKERS} attackers`,
    `(from an address of their own, in a worker thread) repeat the attack, against the same query idle (medians of ${ROUNDS * NORMAL_PER_ROUND},`,
    `${ROUNDS} alternating rounds); the attackers' rate, and the share refused on its headers by the request-rate limit (429). Goal: ratio ≤ 1.5.`,
    '',
    `${'attack'.padEnd(40)} refuse ms  idle ms  under attack  ratio     attack traffic`,
    ...rows,
    '',
    `worst ratio ${Math.max(...ratios).toFixed(2)}, median ratio ${median(ratios).toFixed(2)}`,
  ].join('\n');
}

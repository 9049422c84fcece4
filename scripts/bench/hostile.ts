import { performance } from 'node:perf_hooks';
import { mintToken } from '../../gateway/viewer-token';
import { demoUserId } from '../../shared/demo/demo-population';
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

function sendHostile(url: string, request: HostileRequest): Promise<unknown> {
  return fetch(url, { method: 'POST', headers: { 'content-type': request.contentType }, body: request.body }).then((r) => r.text());
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

/** Attackers repeating one request back to back until told to stop. */
function attack(url: string, request: HostileRequest): () => Promise<void> {
  let running = true;
  const loops = Array.from({ length: ATTACKERS }, async () => {
    while (running) await sendHostile(url, request);
  });
  return async () => {
    running = false;
    await Promise.all(loops);
  };
}

export async function benchHostile(gatewayUrl: string): Promise<string> {
  const token = await mintToken({ sub: demoUserId(1), kind: 'user' }, '15m');
  const rows: string[] = [];
  for (const request of HOSTILE_REQUESTS) {
    console.error(`hostile: ${request.name}…`);
    const refusals: number[] = [];
    for (let i = 0; i < REFUSALS; i += 1) refusals.push(await timed(() => sendHostile(gatewayUrl, request)));
    const idle: number[] = [];
    const underAttack: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      idle.push(...(await normalLatencies(gatewayUrl, token)));
      const stop = attack(gatewayUrl, request);
      underAttack.push(...(await normalLatencies(gatewayUrl, token)));
      await stop();
    }
    rows.push(
      `${request.name.padEnd(40)} ${median(refusals).toFixed(1).padStart(9)}  ${(median(underAttack) / median(idle)).toFixed(2).padStart(8)}`,
    );
  }
  return [
    `Hostile documents through the gateway: time to refuse (median of ${REFUSALS}), and a consumer's query while ${ATTACKERS} attackers`,
    `repeat the attack, over the same query idle (medians of ${ROUNDS * NORMAL_PER_ROUND}, ${ROUNDS} alternating rounds)`,
    '',
    `${'attack'.padEnd(40)} refuse ms  under attack / idle`,
    ...rows,
  ].join('\n');
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { mintToken } from '../../gateway/viewer-token';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { demoUserId } from '../../shared/demo/demo-population';
import { builtTreeOf } from './baseline';
import { closedLoop, percentile } from './load';
import { median } from './median';
import { consentStoreClient, DEMO_USERS, grantBenchConsents, PARTNER_ID, userIds } from './soak-data';
import { startPlatformCommand, StartedPlatform } from './start-stack';
import { partnerIdCodec } from '../../shared/trust/partner-ids';

/**
 * Issue 16's two everyday reads through `npm start` on PostgreSQL, 16 concurrent
 * callers: a partner's one-id threshold check and a consumer's own score. This tree
 * against the commit before issue 16 (BENCH_START_BASELINE), both started the way a
 * user starts them, in alternating rounds; medians. CPU is the whole process tree's
 * (launcher and servers, from /proc), not the load generator's.
 */
const BASELINE = process.env.BENCH_START_BASELINE ?? '94b3f40';
const CONCURRENCY = 16;
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 3);
const ROUND_MS = Number(process.env.BENCH_START_ROUND_MS ?? 4000);
const CONSUMERS = 200;
const THIS_TREE = 'this tree';

interface Read {
  name: string;
  query: string;
  /** the request's variables and token for the n-th request; `ownIds`: the tree gives partners ids of their own (issue 19) */
  request(sequence: number, ownIds: boolean): { variables: Record<string, unknown>; token: string };
  /** denials the read may meet: a partner without consent is refused, that is part of the workload */
  expectedCodes: Set<string>;
}

async function reads(): Promise<Read[]> {
  const partner = await mintToken({ sub: PARTNER_ID, kind: 'partner' }, '1h');
  const consumers = await Promise.all(
    Array.from({ length: CONSUMERS }, (_, i) => mintToken({ sub: demoUserId(i + 1), kind: 'user' }, '1h')),
  );
  return [
    {
      name: 'partner 1-id scoreAtLeast',
      query: 'query Check($id: ID!) { user(id: $id) { scoreAtLeast(threshold: 600) } }',
      request: (sequence, ownIds) => {
        const id = userIds[sequence % DEMO_USERS];
        return { variables: { id: ownIds ? partnerIdCodec().encode(PARTNER_ID, id) : id }, token: partner };
      },
      expectedCodes: new Set(['CONSENT_REQUIRED']),
    },
    {
      name: 'consumer me.creditScore',
      query: 'query Mine { me { creditScore { value band reasons { sentence } } } }',
      request: (sequence) => ({ variables: {}, token: consumers[sequence % CONSUMERS] }),
      expectedCodes: new Set(),
    },
  ];
}

function sender(platform: StartedPlatform, read: Read) {
  return async (sequence: number) => {
    const { variables, token } = read.request(sequence, platform.label === THIS_TREE);
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: read.query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const unexpected = (body.errors ?? []).filter((error) => !read.expectedCodes.has(error.extensions?.code ?? ''));
    if (!body.data || unexpected.length)
      throw new Error(
        `${read.name}: ${unexpected.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') || 'no data'}`,
      );
  };
}

interface Totals {
  rates: number[];
  latenciesMs: number[];
  requests: number;
  cpuMs: number;
  cpuMsByProcess: Map<string, number>;
}

/** What each process used between two readings. */
function cpuSpent(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  return new Map([...after].map(([name, ms]) => [name, ms - (before.get(name) ?? 0)]));
}

function report(reads: Read[], platforms: StartedPlatform[], totals: Map<string, Totals>): string {
  const [fresh, old] = platforms.map((platform) => platform.label);
  const at = (read: Read, label: string) => totals.get(`${read.name}|${label}`)!;
  const rate = (t: Totals) => median(t.rates);
  const p99 = (t: Totals) => percentile(t.latenciesMs, 99);
  const cpu = (t: Totals) => t.cpuMs / t.requests;
  const cell = (value: number, digits = 1) => value.toFixed(digits).padStart(11);
  const lines = [
    `Reads through \`npm start\` (issue 16): PostgreSQL, ${CONCURRENCY} concurrent callers, 1,000 demo users, ${ROUNDS} rounds of ${ROUND_MS / 1000} s`,
    `per read and tree, alternating; medians. CPU: the launcher and all its servers (from /proc), not the load generator.`,
    `Goals: ≥ 400 req/s, p99 ≤ 50 ms, ≤ 3 ms CPU per request.`,
    '',
    `${'read'.padEnd(28)}${'tree'.padEnd(12)}${'req/s'.padStart(11)}${'p50 ms'.padStart(11)}${'p99 ms'.padStart(11)}${'CPU ms/req'.padStart(11)}`,
  ];
  for (const read of reads) {
    for (const label of [fresh, old]) {
      const t = at(read, label);
      lines.push(
        `${read.name.padEnd(28)}${label.padEnd(12)}${cell(rate(t))}${cell(percentile(t.latenciesMs, 50))}${cell(p99(t))}${cell(cpu(t), 2)}`,
      );
    }
    const [a, b] = [at(read, fresh), at(read, old)];
    for (const label of [fresh, old]) {
      const t = at(read, label);
      const split = [...t.cpuMsByProcess]
        .sort((x, y) => y[1] - x[1])
        .map(([name, ms]) => `${name} ${(ms / t.requests).toFixed(1)}`)
        .join(', ');
      lines.push(`${''.padEnd(28)}${label.padEnd(12)}CPU ms/req by process: ${split}`);
    }
    lines.push(
      `${''.padEnd(28)}${'ratio'.padEnd(12)}${cell(rate(a) / rate(b), 2)}${cell(percentile(a.latenciesMs, 50) / percentile(b.latenciesMs, 50), 2)}${cell(p99(a) / p99(b), 2)}${cell(cpu(a) / cpu(b), 2)}`,
    );
  }
  lines.push(`(ratio: ${fresh} / ${old}; above 1 is better for req/s, below 1 for latency and CPU)`);
  return lines.join('\n');
}

async function dropStores(databaseUrl: string, prefixes: string[]): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  for (const prefix of prefixes) {
    for (const name of SUBGRAPH_NAMES)
      await admin.query(`DROP SCHEMA IF EXISTS "${prefix}${SUBGRAPHS[name].database.storeName}" CASCADE`);
  }
  await admin.end();
}

export async function benchStartReads(databaseUrl: string): Promise<string> {
  const baselineRoot = builtTreeOf(BASELINE);
  const tag = randomBytes(3).toString('hex');
  const trees = [
    [THIS_TREE, fromProjectRoot(), `bench_${tag}_new_`],
    [BASELINE, baselineRoot, `bench_${tag}_old_`],
  ] as const;
  const platforms: StartedPlatform[] = [];
  try {
    for (const [label, root, prefix] of trees) {
      console.error(`npm start of ${label} (seeding 1,000 demo users)…`);
      const env = {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CREDENCE_DB_SCHEMA_PREFIX: prefix,
        CREDENCE_LOG: process.env.BENCH_START_LOG ?? 'on',
        // Charged as usual, never refused: the bench measures throughput, not throttling.
        CREDENCE_BUDGET_PARTNER: '1000000000',
        CREDENCE_BUDGET_USER: '1000000000',
      };
      platforms.push(await startPlatformCommand(label, root, env));
      const store = await consentStoreClient(databaseUrl, prefix);
      await grantBenchConsents(store); // two of three consumers let the partner check a threshold
      await store.end();
    }
    const workload = await reads();
    for (const platform of platforms) {
      for (const read of workload)
        await closedLoop(sender(platform, read), { concurrency: CONCURRENCY, durationMs: 3000 }); // warm-up: plans, snapshots
    }
    const totals = new Map<string, Totals>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = platforms.flatMap((platform) => workload.map((read) => ({ platform, read })));
      for (const { platform, read } of round % 2 ? order.reverse() : order) {
        const key = `${read.name}|${platform.label}`;
        const total: Totals = totals.get(key) ?? {
          rates: [],
          latenciesMs: [],
          requests: 0,
          cpuMs: 0,
          cpuMsByProcess: new Map(),
        };
        const before = platform.cpuMs();
        const result = await closedLoop(sender(platform, read), {
          concurrency: CONCURRENCY,
          durationMs: ROUND_MS,
        });
        for (const [name, ms] of cpuSpent(before, platform.cpuMs())) {
          total.cpuMsByProcess.set(name, (total.cpuMsByProcess.get(name) ?? 0) + ms);
          total.cpuMs += ms;
        }
        total.rates.push(result.requests / result.seconds);
        total.latenciesMs.push(...result.latenciesMs);
        total.requests += result.requests;
        totals.set(key, total);
        console.error(
          `  ${platform.label}, ${read.name}: round ${round + 1}, ${(result.requests / result.seconds).toFixed(1)} req/s`,
        );
      }
    }
    return report(workload, platforms, totals);
  } finally {
    await Promise.all(platforms.map((platform) => platform.stop()));
    await dropStores(
      databaseUrl,
      trees.map(([, , prefix]) => prefix),
    );
  }
}

import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { mintToken } from '../../gateway/viewer-token';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { fromProjectRoot } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { tokenSecret } from '../../shared/trust/secrets';
import { dropBenchDatabase } from './bench-database';
import { percentile } from './load';
import { readsDuring } from './partner-reads';
import { partnerIdCodec } from '../../shared/trust/partner-ids';
import { ProcessStack, productionSettings, startProcessStack } from './process-stack';
import { consentStoreClient, insertConsents } from './soak-data';

/**
 * Furnishing (issue 17) on PostgreSQL, on the platform as production runs it: the gateway
 * and each subgraph a `node dist/…/index.js` process of its own in production mode
 * (process-stack.ts), the load generator in the bench's process. The 1,000 demo
 * consumers each let the demo lender (Hanse Kredit) report:
 * - a file of BENCH_FURNISHING_LINES (100,000) records through POST /furnishing/batches,
 *   timed from the first byte sent to the batch's COMPLETED (goal >= 5,000 records/s),
 *   while the lender's threshold checks run 16 at once (partner-reads.ts: median
 *   latency during the file against alone, before and after it; goal <= 1.5x);
 * - report-to-score lag: reportCreditRecords at BENCH_FURNISHING_RATE (100) records/s
 *   for 10 s, BENCH_FURNISHING_PER_CALL (10) a call, each to a consumer of its own and
 *   changing that consumer's inputs (a new loan, paid late); the lag is from the answer to the
 *   commit of the score computed from it (goal p99 <= 2 s).
 * Beside the figures: the CPU each process used during the file and the load average,
 * since the machine is shared. CREDENCE_FURNISHING_* settings in the bench's environment
 * reach the servers, so the workers and chunks can be tuned from the command line.
 */
const LINES = Number(process.env.BENCH_FURNISHING_LINES ?? 100_000);
const RATE = Number(process.env.BENCH_FURNISHING_RATE ?? 100);
const SECONDS = 10;
const PER_CALL = Number(process.env.BENCH_FURNISHING_PER_CALL ?? 10);
const CONSUMERS = 1000;
const LENDER = DEMO_PARTNERS.find((partner) => partner.category === 'LENDING')!;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
/** The lender names consumers by its own ids (issue 19), minted under the stack's key. */
type LenderIds = (internalId: string) => string;
const lenderIdsUnder =
  (settings: NodeJS.ProcessEnv): LenderIds =>
  (internalId) =>
    partnerIdCodec(settings).encode(LENDER.id, internalId);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function allowEveryone(databaseUrl: string, schemaPrefix: string): Promise<void> {
  const store = await consentStoreClient(databaseUrl, schemaPrefix);
  try {
    await insertConsents(store, {
      subjectIds: Array.from({ length: CONSUMERS }, (_, i) => demoUserId(i + 1)),
      partnerId: LENDER.id,
      scopes: ['CREDIT_REPORTING', 'SCORE_THRESHOLD'],
      purpose: 'Report your payments and check your score.',
    });
  } finally {
    await store.end();
  }
}

/**
 * Line i, as a furnisher exports its book (by customer, then account): 100 lines per
 * consumer, ten accounts each with ten monthly payments; one payment in 37 late.
 */
function fileLine(i: number, atLender: LenderIds): string {
  const consumer = Math.floor(i / 100) % CONSUMERS;
  const month = i % 10;
  const due = daysAgo(15 + 30 * month);
  const late = i % 37 === 0;
  return JSON.stringify({
    subjectId: atLender(demoUserId(consumer + 1)),
    accountReference: `FILE-${Math.floor((i % 100) / 10)}`,
    accountKind: 'CREDIT_CARD',
    dueOn: due,
    amountCents: 5_000 + (i % 1000),
    paidOn: late ? daysAgo(5 + 30 * month) : due,
    status: late ? 'LATE' : 'ON_TIME',
  });
}

/** The file, written before any read starts: a furnisher's systems write it on machines of their own. */
const fileOf = (atLender: LenderIds) => Array.from({ length: LINES }, (_, i) => fileLine(i, atLender)).join('\n');

/** Sends the file; answers the batch id from the 202. */
async function sendFile(gatewayUrl: string, token: string, body: string): Promise<string> {
  const sent = await fetch(gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body,
  });
  if (sent.status !== 202) throw new Error(`the file was refused: ${sent.status} ${await sent.text()}`);
  return ((await sent.json()) as { id: string }).id;
}

/** Polls the batch until it is COMPLETED or STOPPED; answers its counts. */
async function untilDone(gatewayUrl: string, token: string, id: string): Promise<Record<string, number | string>> {
  const query = `query B($id: ID!) { furnishingBatch(id: $id) { status processed accepted rejectedCount } }`;
  for (;;) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { id } }),
    });
    const batch = ((await response.json()) as { data: { furnishingBatch: Record<string, number | string> } }).data
      .furnishingBatch;
    if (batch.status === 'COMPLETED' || batch.status === 'STOPPED') return batch;
    await sleep(200);
  }
}

/** The file's figures, and when its 202 came (performance.now()): the upload before, the processing after. */
async function ingestFile(
  gatewayUrl: string,
  token: string,
  body: string,
): Promise<{ text: string; acceptedAt: number }> {
  const started = performance.now();
  const id = await sendFile(gatewayUrl, token, body);
  const acceptedAt = performance.now();
  const batch = await untilDone(gatewayUrl, token, id);
  const seconds = (performance.now() - started) / 1000;
  const rate = LINES / seconds;
  const text = [
    `  a ${LINES.toLocaleString('en')}-record file: 202 after ${((acceptedAt - started) / 1000).toFixed(1)} s, ${batch.status} after ${seconds.toFixed(1)} s (${batch.accepted} accepted, ${batch.rejectedCount} rejected)`,
    `  ingestion ${rate.toFixed(0)} records/s; goal >= 5,000 records/s: ${rate >= 5000 && batch.accepted === LINES ? 'met' : 'MISSED'}`,
  ].join('\n');
  return { text, acceptedAt };
}

async function scoreLag(gatewayUrl: string, scoresStore: Client, token: string, atLender: LenderIds): Promise<string> {
  const records = RATE * SECONDS;
  const calls = Math.ceil(records / PER_CALL);
  const subjects = Array.from({ length: records }, (_, i) => demoUserId((i % CONSUMERS) + 1));
  interface StoredScore {
    userId: string;
    creditInputsVersion: number;
    storedAt: Date;
  }
  // Only the columns the lag needs, straight from the scores store.
  const scores = () =>
    scoresStore
      .query<StoredScore>(
        `SELECT user_id AS "userId", credit_inputs_version AS "creditInputsVersion", stored_at AS "storedAt"
         FROM current_score WHERE user_id = ANY($1::text[])`,
        [subjects],
      )
      .then(({ rows }) => new Map(rows.map((row) => [row.userId, row])));
  const before = new Map([...(await scores())].map(([userId, s]) => [userId, s.creditInputsVersion]));
  const query = `mutation R($input: ReportCreditRecordsInput!) { reportCreditRecords(input: $input) { accepted } }`;
  const answered: Promise<{ userId: string; at: number }[]>[] = [];
  const started = performance.now();
  for (let call = 0; call < calls; call += 1) {
    const wait = started + (call * 1000 * PER_CALL) / RATE - performance.now();
    if (wait > 0) await sleep(wait);
    const mine = subjects.slice(call * PER_CALL, (call + 1) * PER_CALL);
    const input = {
      records: mine.map((subjectId, i) => ({
        subjectId: atLender(subjectId),
        accountReference: `LAG-${call}-${i}`,
        accountKind: 'CONSUMER_LOAN',
        dueOn: daysAgo(30),
        amountCents: 20_000,
        paidOn: daysAgo(12),
        status: 'LATE',
      })),
    };
    answered.push(
      fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { input } }),
      })
        .catch((error: Error & { cause?: Error }) => {
          throw new Error(`a report could not be sent: ${error.message} (${error.cause?.message ?? 'no cause'})`);
        })
        .then(async (response) => {
          const body = (await response.json()) as { data?: { reportCreditRecords: { accepted: number } } };
          if (body.data?.reportCreditRecords.accepted !== mine.length)
            throw new Error(`a report failed: ${JSON.stringify(body)}`);
          const at = Date.now();
          return mine.map((userId) => ({ userId, at }));
        }),
    );
  }
  const made = (await Promise.all(answered)).flat();
  const offered = made.length / ((performance.now() - started) / 1000);
  const deadline = Date.now() + 120_000;
  let stored = new Map<string, StoredScore>();
  const moved = (s: StoredScore | undefined) => s !== undefined && s.creditInputsVersion > (before.get(s.userId) ?? 0);
  // A consumer whose inputs this record left as they were (already late, already four credits) has no new score to wait for.
  for (;;) {
    stored = await scores();
    const waiting = made.filter((m) => !moved(stored.get(m.userId)));
    if (waiting.length === 0 || Date.now() > deadline) break;
    await sleep(100);
  }
  const lags = made.flatMap((m) => {
    const score = stored.get(m.userId);
    return moved(score) ? [score!.storedAt.getTime() - m.at] : [];
  });
  const p = (q: number) => `${Math.max(0, percentile(lags, q)).toFixed(0)} ms`;
  return [
    `  report-to-score lag: ${made.length} records at ${offered.toFixed(1)}/s through reportCreditRecords, ${PER_CALL} a call, one consumer each; ${lags.length} changed a score`,
    `  from the call's answer to the commit of the score computed from it: p50 ${p(50)}  p90 ${p(90)}  p99 ${p(99)}  max ${p(100)}`,
    `  goal p99 <= 2000 ms: ${lags.length > 0 && percentile(lags, 99) <= 2000 ? 'met' : 'MISSED'}`,
  ].join('\n');
}

/**
 * CPU-ms used so far by the PostgreSQL server processes on this machine (from /proc;
 * 0 where there is none), whose share of a run the servers' own figures do not show.
 */
function postgresCpuMs(): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [comm, rest] = [
        stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        stat.slice(stat.lastIndexOf(')') + 2),
      ];
      if (comm !== 'postgres') continue;
      // from field 3 (state): utime and stime are fields 14 and 15; cutime and cstime (16, 17) hold the CPU of
      // children reaped, so a backend that ended meanwhile still counts, in the server's
      const fields = rest.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // a process that ended meanwhile
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** The CPU each server, the bench's own process and PostgreSQL used while `work` ran, in ms, and how long it ran. */
async function cpuUse<T>(stack: ProcessStack, work: () => Promise<T>) {
  const [before, benchBefore, postgresBefore, started] = [
    await stack.stats(),
    process.cpuUsage(),
    postgresCpuMs(),
    performance.now(),
  ];
  const result = await work();
  const [after, bench, postgres, ms] = [
    await stack.stats(),
    process.cpuUsage(benchBefore),
    postgresCpuMs() - postgresBefore,
    performance.now() - started,
  ];
  const servers = [...SUBGRAPH_NAMES, 'gateway' as const].map(
    (name) => [name, after[name].cpuMs - before[name].cpuMs] as const,
  );
  return { result, ms, servers, benchCpuMs: (bench.user + bench.system) / 1000, postgresCpuMs: postgres };
}

/** What each process of the stack (and the bench's own, and PostgreSQL's) used of the CPU while `work` ran, as a line. */
async function cpuDuring<T>(
  stack: ProcessStack,
  what: string,
  work: () => Promise<T>,
): Promise<{ result: T; line: string }> {
  const use = await cpuUse(stack, work);
  const share = (cpuMs: number) => `${((100 * cpuMs) / use.ms).toFixed(0)}%`;
  const servers = use.servers.map(([name, cpuMs]) => `${name} ${share(cpuMs)}`);
  const load = loadavg().map((l) => l.toFixed(2));
  return {
    result: use.result,
    line: `  CPU during ${what} (100% = one core; ${cpus().length} cores): ${servers.join(', ')}, bench (load generator) ${share(use.benchCpuMs)}, PostgreSQL ${share(use.postgresCpuMs)}; load average ${load.join(' ')}`,
  };
}

interface FurnishingStack {
  stack: ProcessStack;
  settings: NodeJS.ProcessEnv;
  atLender: LenderIds;
  token: string;
  stop(): Promise<void>;
}

/** The platform as five processes on PostgreSQL schemas of its own, every demo consumer allowing the lender. */
async function startFurnishingStack(databaseUrl: string): Promise<FurnishingStack> {
  const settings = {
    ...productionSettings(),
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('CREDENCE_FURNISHING_'))),
  };
  const schemaPrefix = `bench_${randomBytes(4).toString('hex')}_`;
  console.error('furnishing: starting the platform as five processes on PostgreSQL with the demo consumers…');
  const stack = await startProcessStack('furnishing', fromProjectRoot(), databaseUrl, schemaPrefix, settings);
  const stop = async () => {
    await stack.stop();
    await dropBenchDatabase({ kind: 'postgres', url: databaseUrl, schemaPrefix });
  };
  try {
    await allowEveryone(databaseUrl, schemaPrefix);
  } catch (error) {
    await stop();
    throw error;
  }
  const token = await mintToken({ sub: LENDER.id, kind: 'partner' }, '30m', tokenSecret(settings));
  return { stack, settings, atLender: lenderIdsUnder(settings), token, stop };
}

export async function benchFurnishing(databaseUrl: string): Promise<string> {
  const { stack, atLender, token, stop } = await startFurnishingStack(databaseUrl);
  const scoresStore = new Client({
    connectionString: databaseUrl,
    options: `-c search_path=${stack.schemaPrefix}scores`,
  });
  try {
    await scoresStore.connect();
    // the seed's scores first: the lag is measured against a quiet platform
    await sleep(5000);
    const loadBefore = loadavg().map((l) => l.toFixed(2));
    console.error(`furnishing: a ${LINES}-record file with partner reads beside it (load average ${loadBefore})…`);
    const file = fileOf(atLender);
    const reads = await readsDuring(
      stack.gatewayUrl,
      token,
      Array.from({ length: CONSUMERS }, (_, n) => atLender(demoUserId(n + 1))),
      () => cpuDuring(stack, 'the file', () => ingestFile(stack.gatewayUrl, token, file)),
      () => sleep(5000), // the file's notices and scores drain before the reads alone after it
      (reads, when) => cpuDuring(stack, `the reads alone, ${when} the file`, reads),
      ({ result }) => [
        { name: 'upload (to the 202)', endsAtMs: result.acceptedAt },
        { name: 'processing', endsAtMs: Infinity },
      ],
    );
    const figures = [reads.result.result.text, ...reads.lines, reads.result.line].join('\n');
    console.error(figures);
    console.error(`furnishing: reportCreditRecords at ${RATE}/s…`);
    const lag = await scoreLag(stack.gatewayUrl, scoresStore, token, atLender);
    return [
      `Furnishing, PostgreSQL, five processes (gateway and each subgraph, NODE_ENV=production), load generator in the bench's; 1,000 consumers allowing Hanse Kredit; load average ${loadBefore.join(' ')} before the file`,
      figures,
      lag,
    ].join('\n');
  } catch (error) {
    console.error(stack.errorOutput());
    throw error;
  } finally {
    await scoresStore.end();
    await stop();
  }
}

/**
 * `npm run bench -- furnishing-cost`: what a file's record costs each process, with
 * nothing else running: the CPU each server and PostgreSQL used while the file was
 * uploaded, then while it was processed (to COMPLETED, and 3 s for its scores and
 * notices), in microseconds per record; and, before the file, what each uses idle. Reads keep the other CPU, so this is the
 * figure that decides how fast a file may go beside them.
 */
export async function benchFurnishingCost(databaseUrl: string): Promise<string> {
  const { stack, atLender, token, stop } = await startFurnishingStack(databaseUrl);
  try {
    await sleep(5000); // the seed's scores and notices
    const file = fileOf(atLender);
    const cpuOf = async (work: () => Promise<unknown>, unit: (cpuMs: number, ms: number) => string) => {
      const use = await cpuUse(stack, work);
      const all = [...use.servers, ['PostgreSQL', use.postgresCpuMs] as const];
      const total = all.reduce((sum, [, cpuMs]) => sum + cpuMs, 0);
      return `${unit(total, use.ms)} (${all.map(([name, cpuMs]) => `${name} ${unit(cpuMs, use.ms)}`).join(', ')})`;
    };
    const perRecord = (work: () => Promise<unknown>) =>
      cpuOf(work, (cpuMs) => `${((cpuMs * 1000) / LINES).toFixed(1)} µs`);
    // what the platform spends on its own (pollers, timers) is spent beside every read, file or not
    const idle = await cpuOf(
      () => sleep(10_000),
      (cpuMs, ms) => `${((100 * cpuMs) / ms).toFixed(1)}%`,
    );
    let batchId = '';
    const upload = await perRecord(async () => {
      batchId = await sendFile(stack.gatewayUrl, token, file);
    });
    const processing = await perRecord(async () => {
      await untilDone(stack.gatewayUrl, token, batchId);
      await sleep(3000);
    });
    return [
      `Furnishing cost per record, PostgreSQL, five processes, nothing else running: a ${LINES.toLocaleString('en')}-record file (CPU per record, all processes)`,
      `  idle, before the file (10 s, 100% = one core): ${idle}`,
      `  upload (to the 202): ${upload}`,
      `  processing (to COMPLETED, and 3 s for scores and notices): ${processing}`,
    ].join('\n');
  } catch (error) {
    console.error(stack.errorOutput());
    throw error;
  } finally {
    await stop();
  }
}

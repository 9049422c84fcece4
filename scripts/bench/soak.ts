import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { mintToken } from '../../gateway/viewer-token';
import { fromProjectRoot } from '../../shared/paths';
import { tokenSecret } from '../../shared/trust/secrets';
import { partnerIdCodec } from '../../shared/trust/partner-ids';
import { SUBGRAPH_NAMES, SubgraphName } from '../../shared/server/subgraph-module';
import { builtTreeOf } from './baseline';
import { closedLoop, percentile } from './load';
import { median } from './median';
import { ProcessStack, ProcessStats, productionSettings, startProcessStack } from './process-stack';
import {
  accessLogRows,
  consentStoreClient,
  DEMO_USERS,
  grantBenchConsents,
  PARTNER_ID,
  prepareLargeAccessLog,
  useAccessLog,
  userIds,
} from './soak-data';

/**
 * The soak of issue 7: a partner's 50-id query at concurrency 8 through the gateway on
 * PostgreSQL, early on and again once the access log holds a million entries, for
 * this tree and for the commit before the consent-core change, each run as five
 * `node dist/…/index.js` processes. Rounds of the two alternate; medians are quoted.
 */
const BASELINE = process.env.BENCH_BASELINE_COMMIT ?? '1e352d3';
const CONCURRENCY = 8;
const ROUNDS = Number(process.env.BENCH_SOAK_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_SOAK_ROUND_MS ?? 5000);
const LATE_ENTRIES = 1_000_000;
const IDS_PER_REQUEST = 50;
const QUERY = `query Partner($ids: [ID!]!) { usersByIds(ids: $ids) { id creditScore { value band } scoreAtLeast(threshold: 693) } }`;
const EXPECTED_CODES = new Set(['CONSENT_REQUIRED']);

interface Variant {
  label: string;
  shape: 'events' | 'fields';
  /** the 1,000 consumers as the partner names them: its own ids in this tree, internal ids before issue 19 */
  ids: string[];
  stack: ProcessStack;
  store: Client;
}

interface PhaseTotals {
  roundRates: number[];
  latenciesMs: number[];
  requests: number;
  statements: number;
  consentStatements: number;
  consentCpuMs: number;
  cpuMs: number;
  rowsWritten: number;
  entries: number;
}

function requestSender({ stack, ids }: Variant, token: string) {
  return async (sequence: number) => {
    const start = (sequence * IDS_PER_REQUEST) % DEMO_USERS;
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { ids: ids.slice(start, start + IDS_PER_REQUEST) } }),
      signal: AbortSignal.timeout(120_000),
    });
    const body = (await response.json()) as {
      data?: { usersByIds: unknown[] };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const unexpected = (body.errors ?? []).filter((error) => !EXPECTED_CODES.has(error.extensions?.code ?? ''));
    if (body.data?.usersByIds.length !== IDS_PER_REQUEST || unexpected.length) {
      throw new Error(
        `unexpected answer: ${unexpected.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') || 'no data'}`,
      );
    }
  };
}

type StackStats = Record<SubgraphName | 'gateway', ProcessStats>;
const sum = (stats: StackStats, key: keyof ProcessStats) =>
  [...SUBGRAPH_NAMES, 'gateway' as const].reduce((total, name) => total + stats[name][key], 0);

type LogSize = 'small' | 'large';
const key = (variant: Variant, size: LogSize) => `${variant.label}|${size}`;

/** Rounds of every (platform, log size) in turn, the order reversed every other round. */
async function rounds(variants: Variant[], token: string): Promise<Map<string, PhaseTotals>> {
  const configurations = variants.flatMap((variant) =>
    (['small', 'large'] as const).map((size) => ({ variant, size })),
  );
  const totals = new Map(
    configurations.map(({ variant, size }) => [
      key(variant, size),
      {
        roundRates: [],
        latenciesMs: [],
        requests: 0,
        statements: 0,
        consentStatements: 0,
        consentCpuMs: 0,
        cpuMs: 0,
        rowsWritten: 0,
        entries: 0,
      } as PhaseTotals,
    ]),
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { variant, size } of round % 2 ? [...configurations].reverse() : configurations) {
      await useAccessLog(variant.store, size);
      const total = totals.get(key(variant, size))!;
      const [before, rowsBefore] = [await variant.stack.stats(), await accessLogRows(variant.store)];
      const result = await closedLoop(requestSender(variant, token), {
        concurrency: CONCURRENCY,
        durationMs: ROUND_MS,
      });
      const [after, rowsAfter] = [await variant.stack.stats(), await accessLogRows(variant.store)];
      total.roundRates.push(result.requests / result.seconds);
      total.latenciesMs.push(...result.latenciesMs);
      total.requests += result.requests;
      total.statements += sum(after, 'statements') - sum(before, 'statements');
      total.consentStatements += after.consent.statements - before.consent.statements;
      total.consentCpuMs += after.consent.cpuMs - before.consent.cpuMs;
      total.cpuMs += sum(after, 'cpuMs') - sum(before, 'cpuMs');
      total.rowsWritten += rowsAfter - rowsBefore;
      total.entries = rowsAfter;
      console.error(
        `  ${variant.label}, ${size} log: round ${round + 1}, ${(result.requests / result.seconds).toFixed(1)} req/s`,
      );
    }
  }
  return totals;
}

function report(variants: Variant[], totals: Map<string, PhaseTotals>): string {
  const [fresh, baseline] = variants.map((v) => v.label);
  const early = new Map(variants.map((v) => [v.label, totals.get(key(v, 'small'))!]));
  const late = new Map(variants.map((v) => [v.label, totals.get(key(v, 'large'))!]));
  const columns = [
    [early, fresh],
    [early, baseline],
    [late, fresh],
    [late, baseline],
  ] as const;
  const rate = (t: PhaseTotals) => median(t.roundRates);
  const cpu = (t: PhaseTotals) => t.cpuMs / t.requests;
  const consentCpu = (t: PhaseTotals) => t.consentCpuMs / t.requests;
  const row = (name: string, value: (t: PhaseTotals) => number, digits = 1) =>
    `${name.padEnd(26)}${columns.map(([p, label]) => value(p.get(label)!).toFixed(digits).padStart(12)).join('')}`;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return [
    `Soak (issue 7): partner ${IDS_PER_REQUEST}-id query (usersByIds: creditScore { value band } scoreAtLeast), concurrency ${CONCURRENCY},`,
    `through the gateway on PostgreSQL; each platform five node processes (NODE_ENV=production). "early": the access log its own traffic wrote;`,
    `"late": a second log bulk-loaded with ${LATE_ENTRIES.toLocaleString('en')} entries of this partner's own reads over the last 23 hours,`,
    `swapped in by renaming; ${ROUNDS} rounds of ${ROUND_MS / 1000} s per platform and log, all four alternating, medians.`,
    '',
    `${''.padEnd(26)}${'early'.padStart(12)}${'early'.padStart(12)}${'late'.padStart(12)}${'late'.padStart(12)}`,
    `${''.padEnd(26)}${columns.map(([, label]) => label.padStart(12)).join('')}`,
    row('req/s (median round)', rate),
    row('p50 ms', (t) => percentile(t.latenciesMs, 50)),
    row('p99 ms', (t) => percentile(t.latenciesMs, 99)),
    row('SQL statements / request', (t) => t.statements / t.requests),
    row('  of which consent', (t) => t.consentStatements / t.requests),
    row('consent CPU ms / request', consentCpu),
    row('all five CPU ms / request', cpu),
    row('access-log rows / request', (t) => t.rowsWritten / t.requests),
    row(`access-log rows held`, (t) => t.entries, 0),
    `(${fresh}: a row is a read event; ${baseline}: a row is one field of one)`,
    '',
    `late/early throughput: ${fresh} ${ratio(rate(late.get(fresh)!), rate(early.get(fresh)!))} (goal ≥ 0.9), ${baseline} ${ratio(rate(late.get(baseline)!), rate(early.get(baseline)!))}`,
    // CPU time per request hardly depends on what else the machine runs; wall-clock rates do
    `early/late CPU per request, all five processes: ${fresh} ${ratio(cpu(early.get(fresh)!), cpu(late.get(fresh)!))}, ${baseline} ${ratio(cpu(early.get(baseline)!), cpu(late.get(baseline)!))}; consent alone: ${fresh} ${ratio(consentCpu(early.get(fresh)!), consentCpu(late.get(fresh)!))}, ${baseline} ${ratio(consentCpu(early.get(baseline)!), consentCpu(late.get(baseline)!))}`,
    `${fresh}/${baseline} throughput: early ${ratio(rate(early.get(fresh)!), rate(early.get(baseline)!))}×, late ${ratio(rate(late.get(fresh)!), rate(late.get(baseline)!))}× (goal ≥ 3× late);`,
    `  by CPU per request of the five processes (PostgreSQL's own time not counted): early ${ratio(cpu(early.get(baseline)!), cpu(early.get(fresh)!))}×, late ${ratio(cpu(late.get(baseline)!), cpu(late.get(fresh)!))}×`,
  ].join('\n');
}

export async function runSoak(databaseUrl: string): Promise<string> {
  const baselineRoot = builtTreeOf(BASELINE);
  const settings = productionSettings();
  const codec = partnerIdCodec(settings);
  const tag = randomBytes(3).toString('hex');
  const variants: Variant[] = [];
  const prefixes = [`bench_${tag}_new_`, `bench_${tag}_old_`];
  try {
    for (const [label, root, shape, prefix] of [
      ['this tree', fromProjectRoot(), 'events', prefixes[0]],
      [BASELINE, baselineRoot, 'fields', prefixes[1]],
    ] as const) {
      console.error(`starting ${label} as five processes (seeding 1,000 demo users)…`);
      const stack = await startProcessStack(label, root, databaseUrl, prefix, settings);
      const store = await consentStoreClient(databaseUrl, prefix);
      const ids = shape === 'events' ? userIds.map((id) => codec.encode(PARTNER_ID, id)) : userIds;
      variants.push({ label, shape, ids, stack, store });
      await grantBenchConsents(store);
    }
    const token = await mintToken({ sub: PARTNER_ID, kind: 'partner' }, '1h', tokenSecret(settings));
    for (const variant of variants) {
      const send = requestSender(variant, token);
      for (let i = 0; i < DEMO_USERS / IDS_PER_REQUEST; i += 1) await send(i); // every user's first score snapshot
    }
    for (const variant of variants) {
      console.error(
        `bulk-loading a second access log for ${variant.label} with ${LATE_ENTRIES.toLocaleString('en')} entries…`,
      );
      await prepareLargeAccessLog(variant.store, variant.shape, LATE_ENTRIES);
    }
    console.error('rounds…');
    const totals = await rounds(variants, token);
    return report(variants, totals);
  } catch (error) {
    for (const variant of variants) console.error(`--- ${variant.label}, stderr:\n${variant.stack.errorOutput()}`);
    throw error;
  } finally {
    await Promise.all(variants.map((variant) => variant.stack.stop()));
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    for (const variant of variants) await variant.store.end();
    for (const prefix of prefixes) {
      for (const store of ['users', 'credit_history', 'scores', 'consent'])
        await admin.query(`DROP SCHEMA IF EXISTS "${prefix}${store}" CASCADE`);
    }
    await admin.end();
  }
}

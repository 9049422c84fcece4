import { performance } from 'node:perf_hooks';
import { readSupergraph } from '../gateway/compose-supergraph';
import { DatabaseSettings } from '../shared/store/database';
import { ACCESS_REASON_HEADER, mintToken } from '../gateway/viewer-token';
import { FREE_PORTS, Platform, startPlatform } from '../platform/launcher';
import { budgetSettingsFromEnv } from '../gateway/cost-budget';
import { benchHostile } from './bench/hostile';
import { benchRequestConsent } from './bench/request-consent';
import { benchPartnerIds } from './bench/partner-ids';
import { median } from './bench/median';
import { benchDatabase, dropBenchDatabase } from './bench/bench-database';
import { benchScoreLag } from './bench/score-lag';
import { benchFurnishing, benchFurnishingCost } from './bench/furnishing';
import { runSoak } from './bench/soak';
import { benchStartReads } from './bench/start-reads';
import { benchTracing, startBenchTracing } from './bench/tracing';

/**
 * `npm run bench`: what a request for N users costs through the gateway, for growing N.
 * With every list behind a batching loader, the SQL statements per request stay flat
 * and the latency grows far slower than N. Then, on PostgreSQL: issue 16's everyday reads
 * through `npm start` (scripts/bench/start-reads.ts), and the soak of scripts/bench/soak.ts
 * (decisions as the access log grows), each against a commit before.
 */
const SIZES = [1, 10, 50, 100];
const RUNS = 20;

const QUERY = `query Users($first: Int!) {
  users(first: $first) {
    edges {
      node {
        id displayName stability { employmentSince housing }
        creditFile { creditHistory checkingStatus }
        creditAccounts(first: 3) { edges { node { kind records(first: 2) { edges { node { status } } } } } }
        creditRecords(first: 5) { totalCount edges { node { id status } } }
        creditScore { value band history { value } }
      }
    }
  }
}`;

interface Measurement {
  users: number;
  queries: number[];
  latenciesMs: number[];
}

async function requestUsers(platform: Platform, headers: Record<string, string>, first: number): Promise<void> {
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: QUERY, variables: { first } }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { users: { edges: unknown[] } }; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`the query failed: ${body.errors.map((e) => e.message).join('; ')}`);
  if (body.data?.users.edges.length !== first)
    throw new Error(`asked for ${first} users, got ${body.data?.users.edges.length}`);
}

async function measure(platform: Platform, headers: Record<string, string>, users: number): Promise<Measurement> {
  await requestUsers(platform, headers, users); // warm-up
  const measurement: Measurement = { users, queries: [], latenciesMs: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const before = platform.queryCount();
    const started = performance.now();
    await requestUsers(platform, headers, users);
    measurement.latenciesMs.push(performance.now() - started);
    measurement.queries.push(platform.queryCount() - before);
  }
  return measurement;
}

function report(database: DatabaseSettings, measurements: Measurement[]): string {
  const rows = measurements.map(({ users, queries, latenciesMs }) => {
    const sql =
      Math.min(...queries) === Math.max(...queries)
        ? String(queries[0])
        : `${Math.min(...queries)}-${Math.max(...queries)}`;
    return `${String(users).padStart(5)}  ${sql.padStart(15)}  ${median(latenciesMs).toFixed(1).padStart(17)}  ${(median(latenciesMs) / users).toFixed(2).padStart(15)}`;
  });
  const [first, last] = [measurements[0], measurements[measurements.length - 1]];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return [
    `Credence bench: ${database.kind === 'postgres' ? 'PostgreSQL' : 'in-memory SQLite'}, 1,000 demo users, ${RUNS} warm runs per size, through the gateway over HTTP`,
    '',
    'users  SQL per request  median latency ms  ms per user',
    ...rows,
    '',
    `queries(${last.users}) / queries(${first.users}) = ${ratio(median(last.queries), median(first.queries))}`,
    `latency(${last.users}) / latency(${first.users}) = ${ratio(median(last.latenciesMs), median(first.latenciesMs))}`,
  ].join('\n');
}

/**
 * On one platform: SQL statements and latency per request for 1…100 users and the cost
 * of tracing (`statements`), partner-scoped ids' translation (`ids`), then the hostile documents (`hostile`),
 * whichever are asked.
 */
async function onePlatform(parts: { statements: boolean; hostile: boolean; partnerIds: boolean }): Promise<string> {
  const tracing = startBenchTracing(); // registered before any server exists, recording nothing until switched on
  const database = benchDatabase();
  console.error(`starting the platform with all demo users on ${database.kind}…`);
  const platform = await startPlatform({
    database,
    supergraphSdl: readSupergraph(),
    ports: FREE_PORTS,
    seed: true,
    host: '127.0.0.1',
    // Charged as usual, never refused: the bench measures cost, not throttling.
    budgets: { ...budgetSettingsFromEnv(), points: { anonymous: 1e9, user: 1e9, partner: 1e9, staff: 1e9 } },
  });
  try {
    const token = await mintToken({ sub: 'staff-bench', kind: 'staff', role: 'support' }, '15m');
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [ACCESS_REASON_HEADER]: 'npm run bench',
    };
    const measurements: Measurement[] = [];
    for (const users of parts.statements ? SIZES : []) {
      console.error(`measuring ${users} users…`);
      measurements.push(await measure(platform, headers, users));
    }
    // Tracing on against off, then the hostile documents, on this same platform after the statement counts.
    const sections: string[] = [];
    if (parts.statements) {
      sections.push(
        report(database, measurements),
        await benchTracing(tracing, 'a 10-user page', () => requestUsers(platform, headers, 10), RUNS),
      );
      sections.push(await benchRequestConsent(platform));
    }
    if (parts.partnerIds) sections.push(await benchPartnerIds(platform));
    if (parts.hostile) sections.push(await benchHostile(platform.gatewayUrl));
    return sections.join('\n\n');
  } finally {
    await platform.stop();
    await dropBenchDatabase(database);
    await tracing.stop();
  }
}

/** `npm run bench` runs every section; `npm run bench -- statements`, `-- hostile`, `-- ids`, `-- lag`, `-- furnishing`, `-- start` or `-- soak` only those named; `-- furnishing-cost` runs only when named. */
async function main() {
  process.env.CREDENCE_LOG ??= 'off'; // the report is the output, not one log line per request
  const sections = process.argv.slice(2);
  const wants = (section: string) => sections.length === 0 || sections.includes(section);
  if (wants('statements') || wants('hostile') || wants('ids'))
    console.log(
      await onePlatform({ statements: wants('statements'), hostile: wants('hostile'), partnerIds: wants('ids') }),
    );
  if (wants('lag')) console.log(`\n${await benchScoreLag(benchDatabase())}`);
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (wants('furnishing')) {
    console.log(
      postgresUrl
        ? `\n${await benchFurnishing(postgresUrl)}`
        : '\nFurnishing skipped: it runs on PostgreSQL, as five processes; set DATABASE_URL (or BENCH_DATABASE_URL).',
    );
  }
  if (sections.includes('furnishing-cost')) {
    console.log(
      postgresUrl
        ? `\n${await benchFurnishingCost(postgresUrl)}`
        : '\nFurnishing cost skipped: it runs on PostgreSQL; set DATABASE_URL (or BENCH_DATABASE_URL).',
    );
  }
  if (wants('start')) {
    console.log(
      postgresUrl
        ? `\n${await benchStartReads(postgresUrl)}`
        : '\nReads through npm start skipped: they run on PostgreSQL; set DATABASE_URL (or BENCH_DATABASE_URL).',
    );
  }
  if (wants('soak')) {
    if (sections.length) console.log('');
    console.log(
      postgresUrl
        ? await runSoak(postgresUrl)
        : '\nSoak skipped: it runs on PostgreSQL; set DATABASE_URL (or BENCH_DATABASE_URL).',
    );
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench failed: ${(error as Error).message}`);
    process.exit(1);
  },
);

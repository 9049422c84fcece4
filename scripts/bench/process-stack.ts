import { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SubgraphName } from '../../shared/server/subgraph-module';
import { errorTail, startServerProcesses } from '../../platform/server-processes';

export interface ProcessStats {
  statements: number;
  cpuMs: number;
}

/** One complete platform as production runs it: a gateway and four subgraphs, each `node dist/…/index.js`. */
export interface ProcessStack {
  label: string;
  gatewayUrl: string;
  schemaPrefix: string;
  stats(): Promise<Record<SubgraphName | 'gateway', ProcessStats>>;
  stop(): Promise<void>;
  /** the end of what the processes wrote to stderr: what a failed request left behind */
  errorOutput(): string;
}

/** As production runs: NODE_ENV=production (graphql-js's fast paths, no traces in errors), with secrets of this run. */
export function productionSettings(): NodeJS.ProcessEnv {
  const secret = () => randomBytes(32).toString('base64url');
  const receiptKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return {
    NODE_ENV: 'production',
    CREDENCE_JWT_SECRET: secret(),
    CREDENCE_INTERNAL_SECRET: secret(),
    CREDENCE_RECEIPT_PRIVATE_KEY: receiptKey,
    CREDENCE_PARTNER_ID_KEY: secret(),
  };
}

function askStats(child: ChildProcess): Promise<ProcessStats> {
  return new Promise((resolve) => {
    child.once('message', (message: { statements: number; cpu: NodeJS.CpuUsage }) =>
      resolve({ statements: message.statements, cpuMs: (message.cpu.user + message.cpu.system) / 1000 }),
    );
    child.send('stats');
  });
}

/**
 * Starts the platform built under `root` on PostgreSQL schemas of its own; each
 * subgraph seeds the 1,000 demo users into its empty schema as it starts.
 */
export async function startProcessStack(
  label: string,
  root: string,
  databaseUrl: string,
  schemaPrefix: string,
  settings: NodeJS.ProcessEnv = {},
): Promise<ProcessStack> {
  const platform = await startServerProcesses(root, {
    env: {
      ...settings,
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      CREDENCE_DB_SCHEMA_PREFIX: schemaPrefix,
      // Charged as usual, never refused: the soak measures throughput, not throttling (the old tree ignores these).
      CREDENCE_BUDGET_PARTNER: '1000000000',
      CREDENCE_BUDGET_STAFF: '1000000000',
      CREDENCE_BUDGET_USER: '1000000000',
      CREDENCE_BUDGET_ANONYMOUS: '1000000000',
      // The soak's closed loop is one partner at full speed: measured, not throttled (the baseline ignores these).
      CREDENCE_RATE_PER_ADDRESS: '1000000000',
      CREDENCE_RATE_PER_TOKEN: '1000000000',
    },
    // BENCH_CPU_PROF_DIR: each process writes a V8 CPU profile there as it stops (where a section's CPU goes)
    execArgv: [
      '--require',
      join(__dirname, 'probe.js'),
      ...(process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []),
    ],
    oneAtATime: true,
  });
  const children = platform.children;
  return {
    label,
    gatewayUrl: platform.gatewayUrl,
    schemaPrefix,
    stats: async () => {
      const entries = await Promise.all(
        [...children].map(async ([name, child]) => [name, await askStats(child)] as const),
      );
      return Object.fromEntries(entries) as Record<SubgraphName | 'gateway', ProcessStats>;
    },
    stop: () => platform.stop(),
    errorOutput: () => [...children].map(([name, child]) => `${name}: ${errorTail(child)}`).join('\n'),
  };
}

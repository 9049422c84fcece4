import { ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, subgraphAddressEnv, SubgraphName } from '../../shared/server/subgraph-module';

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

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const errorTail = new WeakMap<ChildProcess, string>();

/** Starts a process and waits for the line that says it is serving. */
function start(file: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { env, execArgv: ['--require', join(__dirname, 'probe.js')], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      errorTail.set(child, ((errorTail.get(child) ?? '') + chunk.toString()).slice(-4000));
    });
    child.once('exit', (code) => reject(new Error(`${file} exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
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
  const ports = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()]))) as Record<SubgraphName, number>;
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...settings,
    PATH: process.env.PATH,
    DATABASE_URL: databaseUrl,
    CREDENCE_DB_SCHEMA_PREFIX: schemaPrefix,
    CREDENCE_HOST: '127.0.0.1',
    // Charged as usual, never refused: the soak measures throughput, not throttling (the old tree ignores these).
    CREDENCE_BUDGET_PARTNER: '1000000000',
    CREDENCE_BUDGET_STAFF: '1000000000',
    CREDENCE_BUDGET_USER: '1000000000',
    CREDENCE_BUDGET_ANONYMOUS: '1000000000',
    // The soak's closed loop is one partner at full speed: measured, not throttled (the baseline ignores these).
    CREDENCE_RATE_PER_ADDRESS: '1000000000',
    CREDENCE_RATE_PER_TOKEN: '1000000000',
    GATEWAY_PORT: String(gatewayPort),
    ...subgraphAddressEnv(ports),
  };
  const children = new Map<SubgraphName | 'gateway', ChildProcess>();
  const stop = async () => {
    await Promise.all([...children.values()].map((child) => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    })));
  };
  try {
    // one at a time: four migrations and seeds at once would only fight for the two cores
    for (const name of SUBGRAPH_NAMES) {
      children.set(name, await start(join(root, 'dist', 'subgraphs', name, 'index.js'), env, /listening at/));
    }
    children.set('gateway', await start(join(root, 'dist', 'gateway', 'index.js'), env, /gateway ready/));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    label,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    schemaPrefix,
    stats: async () => {
      const entries = await Promise.all([...children].map(async ([name, child]) => [name, await askStats(child)] as const));
      return Object.fromEntries(entries) as Record<SubgraphName | 'gateway', ProcessStats>;
    },
    stop,
    errorOutput: () => [...children].map(([name, child]) => `${name}: ${errorTail.get(child) ?? ''}`).join('\n'),
  };
}

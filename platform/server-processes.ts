import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, subgraphAddressEnv, SubgraphName } from '../shared/server/subgraph-module';
import { SubgraphUrls } from '../shared/trust/internal-client';

export type ServerName = SubgraphName | 'gateway';
export const SERVER_NAMES: ServerName[] = [...SUBGRAPH_NAMES, 'gateway'];

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

/** The file that runs one server alone in the tree built under `root`. */
export function serverEntry(root: string, name: ServerName): string {
  return name === 'gateway'
    ? join(root, 'dist', 'gateway', 'index.js')
    : join(root, 'dist', 'subgraphs', name, 'index.js');
}

/** The line each server's entry prints once it serves (the gateway's, a subgraph's). */
const READY = /listening at|ready at/;

export type OutputLine = (line: string, stream: 'stdout' | 'stderr') => void;

export interface ServerProcessOptions {
  env: NodeJS.ProcessEnv;
  /** node flags, e.g. a `--require` probe or `--cpu-prof` */
  execArgv?: string[];
  /** every line the process writes but its ready line */
  onLine?: OutputLine;
  timeoutMs?: number;
  /** aborted: the process is killed if it is not ready yet (Ctrl-C during start-up) */
  signal?: AbortSignal;
}

const outputTails = new WeakMap<ChildProcess, string>();
const servingUrls = new WeakMap<ChildProcess, string>();

/** The end of what a process wrote to stderr: what a failed request left behind. */
export const errorTail = (child: ChildProcess) => outputTails.get(child) ?? '';

/** Calls `onLine` once per complete line of a stream. */
function eachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => pending && onLine(pending));
}

/**
 * Starts one server's entry file and resolves once it says it serves. The child has an
 * IPC channel: a server started so stops when its launcher dies, even by SIGKILL, so no
 * launcher leaves orphans behind; the bench's probe answers over it too.
 */
export function startServerProcess(label: string, file: string, options: ServerProcessOptions): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), file], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  let ready = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(`did not start within ${(options.timeoutMs ?? 120_000) / 1000} s`),
      options.timeoutMs ?? 120_000,
    );
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${label} ${why}:\n${output.slice(-4000)}`));
    };
    eachLine(child.stdout!, (line) => {
      if (!ready && READY.test(line)) {
        ready = true;
        clearTimeout(timer);
        servingUrls.set(child, /https?:\/\/\S+/.exec(line)?.[0] ?? '');
        return resolve(child);
      }
      if (!ready) output += `${line}\n`;
      options.onLine?.(line, 'stdout');
    });
    eachLine(child.stderr!, (line) => {
      if (!ready) output += `${line}\n`;
      outputTails.set(child, `${errorTail(child)}${line}\n`.slice(-4000));
      options.onLine?.(line, 'stderr');
    });
    child.once('exit', (code, signal) => !ready && fail(`exited (${signal ?? code}) before it was ready`));
    options.signal?.addEventListener('abort', () => !ready && fail('was stopped before it was ready'), { once: true });
  });
}

/** Ends processes: `SIGTERM` lets each stop cleanly (SIGKILL after `graceMs`); `SIGKILL` is a machine dying. */
export async function stopProcesses(
  children: ChildProcess[],
  signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM',
  graceMs = 15_000,
): Promise<void> {
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill(signal);
      });
    }),
  );
}

export interface ServerProcesses {
  gatewayUrl: string;
  subgraphUrls: SubgraphUrls;
  children: Map<ServerName, ChildProcess>;
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export interface ServerProcessesOptions {
  /** the environment every server gets; ports and peers' addresses are added to it */
  env: NodeJS.ProcessEnv;
  /** a port per server; 0 or absent picks a free one */
  ports?: Partial<Record<ServerName, number>>;
  /** how a free port is picked (default freePort; a test may pick one it holds) */
  pickPort?: () => Promise<number>;
  host?: string;
  execArgv?: string[];
  onLine?: (server: ServerName, line: string, stream: 'stdout' | 'stderr') => void;
  /** subgraphs one after another (the bench: four seeds at once only fight for the cores) rather than together */
  oneAtATime?: boolean;
  /** a server's own environment, given everyone's and the ports (e.g. its peers reached through a proxy) */
  envFor?: (
    server: ServerName,
    env: NodeJS.ProcessEnv,
    ports: Record<ServerName, number>,
  ) => Promise<NodeJS.ProcessEnv>;
  signal?: AbortSignal;
}

/**
 * The platform as production runs it: each subgraph and the gateway a process of its
 * own from the tree built under `root`, on the given or free ports. The gateway starts
 * once every subgraph serves. Each subgraph migrates and seeds its own store (under
 * PostgreSQL's advisory lock when replicas share one), so nothing races for the seed.
 */
export async function startServerProcesses(root: string, options: ServerProcessesOptions): Promise<ServerProcesses> {
  for (let attempt = 1; ; attempt += 1) {
    const entries = await Promise.all(
      SERVER_NAMES.map(
        async (name) => [name, options.ports?.[name] || (await (options.pickPort ?? freePort)())] as const,
      ),
    );
    try {
      return await startOnPorts(root, options, Object.fromEntries(entries) as Record<ServerName, number>);
    } catch (error) {
      // a port found free can be taken by another process before the server binds it: pick again
      const picked = SERVER_NAMES.some((name) => !options.ports?.[name]);
      if (!picked || attempt === PORT_ATTEMPTS || !PORT_TAKEN.test((error as Error).message)) throw error;
    }
  }
}

/** How often a start whose picked port was taken meanwhile is tried again on new ones. */
const PORT_ATTEMPTS = 3;
/** What a server says when its port is held (server-bootstrap's listen error). */
const PORT_TAKEN = /is already in use/;

async function startOnPorts(
  root: string,
  options: ServerProcessesOptions,
  ports: Record<ServerName, number>,
): Promise<ServerProcesses> {
  const host = options.host ?? '127.0.0.1';
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    CREDENCE_HOST: host,
    GATEWAY_PORT: String(ports.gateway),
    ...subgraphAddressEnv(ports),
  };
  const children = new Map<ServerName, ChildProcess>();
  const start = async (name: ServerName) => {
    const child = await startServerProcess(name, serverEntry(root, name), {
      env: (await options.envFor?.(name, env, ports)) ?? env,
      execArgv: options.execArgv,
      signal: options.signal,
      onLine: options.onLine && ((line, stream) => options.onLine!(name, line, stream)),
    });
    children.set(name, child);
  };
  const stop = (signal?: 'SIGTERM' | 'SIGKILL') => stopProcesses([...children.values()], signal);
  try {
    if (options.oneAtATime) for (const name of SUBGRAPH_NAMES) await start(name);
    else {
      const started = await Promise.allSettled(SUBGRAPH_NAMES.map(start));
      const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure) throw failure.reason;
    }
    await start('gateway');
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  }
  // each at the address it announced (the host it listens on may be 0.0.0.0)
  const urlOf = (name: ServerName) => servingUrls.get(children.get(name)!)!;
  return {
    gatewayUrl: urlOf('gateway'),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urlOf(name)])) as SubgraphUrls,
    children,
    stop,
  };
}

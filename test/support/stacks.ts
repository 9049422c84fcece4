import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromProjectRoot, PROJECT_ROOT } from '../../shared/paths';
import { SUBGRAPH_NAMES, subgraphAddressEnv } from '../../shared/server/subgraph-module';
import { freePort } from '../../scripts/bench/process-stack';
import { SubgraphUrls } from '../../shared/trust/internal-client';

const COMPILED_FOLDERS = ['shared', 'scorecard', 'subgraphs', 'gateway', 'platform', 'scripts'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Each source file with the file the build makes of it. */
function buildOutputs(): [string, string][] {
  const sources = COMPILED_FOLDERS.flatMap((folder) => filesUnder(fromProjectRoot(folder)));
  const pairs = sources.flatMap((source): [string, string][] => {
    const out = fromProjectRoot('dist', relative(PROJECT_ROOT, source));
    if (source.endsWith('.ts')) return [[source, out.replace(/\.ts$/, '.js')]];
    if (source.endsWith('.graphql')) return [[source, out]];
    return [];
  });
  // the supergraph the gateway serves is composed from every subgraph's schema
  const supergraph = fromProjectRoot('dist', 'gateway', 'supergraph.graphql');
  return [...pairs, ...SUBGRAPH_NAMES.map((name): [string, string] => [fromProjectRoot('subgraphs', name, 'schema.graphql'), supergraph])];
}

/** Runs `npm run build` only when some compiled file is missing or older than its source. */
export function ensureBuilt(): void {
  const stale = buildOutputs().some(([source, out]) => !existsSync(out) || statSync(out).mtimeMs < statSync(source).mtimeMs);
  if (stale) execFileSync('npm', ['run', '-s', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
}

export { freePort };

export interface Stack {
  name: string;
  gatewayUrl: string;
  /** SIGKILL: no shutdown, no last delivery, as when a machine dies */
  kill(): Promise<void>;
}

/** Starts one process and resolves once it says it is listening; its output goes into the error if it does not. */
function startProcess(label: string, script: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [fromProjectRoot('dist', script)], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start within 60 s'), 60_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${label} ${why}:\n${output}`));
    };
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (/listening at|ready at/.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => fail(`exited with ${code}`));
  });
}

/**
 * A complete stack as production runs it: four subgraph processes and a gateway from
 * dist/, on free ports, sharing the stores named by `env` (DATABASE_URL and
 * CREDENCE_DB_SCHEMA_PREFIX). `routeConsentPeers` may send the consent subgraph's
 * calls to the others elsewhere, e.g. through a recording proxy.
 */
export async function startStack(
  name: string,
  env: NodeJS.ProcessEnv,
  routeConsentPeers: (urls: SubgraphUrls) => Promise<Partial<SubgraphUrls>> = async () => ({}),
): Promise<Stack> {
  const ports = Object.fromEntries(await Promise.all([...SUBGRAPH_NAMES, 'gateway'].map(async (n) => [n, await freePort()])));
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((subgraph) => [subgraph, `http://127.0.0.1:${ports[subgraph]}/graphql`])) as SubgraphUrls;
  const base = { ...process.env, ...env, GATEWAY_PORT: String(ports.gateway), ...subgraphAddressEnv(ports) };
  const consentEnv = { ...base, ...subgraphAddressEnv(ports, await routeConsentPeers(urls)) };
  const started = await Promise.allSettled([
    ...SUBGRAPH_NAMES.map((subgraph) =>
      startProcess(`${name}/${subgraph}`, join('subgraphs', subgraph, 'index.js'), subgraph === 'consent' ? consentEnv : base),
    ),
    startProcess(`${name}/gateway`, join('gateway', 'index.js'), base),
  ]);
  const children = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const kill = async () => {
    await Promise.all(
      children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        return exited;
      }),
    );
  };
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await kill();
    throw failure.reason;
  }
  return { name, gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`, kill };
}

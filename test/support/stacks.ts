import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromProjectRoot, PROJECT_ROOT } from '../../shared/paths';
import { SUBGRAPH_NAMES, subgraphAddressEnv } from '../../shared/server/subgraph-module';
import { freePort, startServerProcesses } from '../../platform/server-processes';
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
  return [
    ...pairs,
    ...SUBGRAPH_NAMES.map((name): [string, string] => [
      fromProjectRoot('subgraphs', name, 'schema.graphql'),
      supergraph,
    ]),
  ];
}

/** Runs `npm run build` only when some compiled file is missing or older than its source. */
export function ensureBuilt(): void {
  const stale = buildOutputs().some(
    ([source, out]) => !existsSync(out) || statSync(out).mtimeMs < statSync(source).mtimeMs,
  );
  if (stale) execFileSync('npm', ['run', '-s', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
}

export { freePort };

export interface Stack {
  name: string;
  gatewayUrl: string;
  /** SIGKILL: no shutdown, no last delivery, as when a machine dies */
  kill(): Promise<void>;
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
  const stack = await startServerProcesses(PROJECT_ROOT, {
    env: { ...process.env, ...env },
    envFor: async (server, base, ports) => {
      if (server !== 'consent') return base;
      const urls = Object.fromEntries(
        SUBGRAPH_NAMES.map((subgraph) => [subgraph, `http://127.0.0.1:${ports[subgraph]}/graphql`]),
      ) as SubgraphUrls;
      return { ...base, ...subgraphAddressEnv(ports, await routeConsentPeers(urls)) };
    },
  });
  return { name, gatewayUrl: stack.gatewayUrl, kill: () => stack.stop('SIGKILL') };
}

import { DataSource } from 'typeorm';
import { SubgraphDatabase, SubgraphDatabaseDefinition } from '../store/database';
import { SubgraphUrls } from '../trust/internal-client';
import { SubgraphDefinition } from './subgraph-server';
import { perSubgraph, SUBGRAPH_NAMES, SUBGRAPH_REGISTRY, SubgraphName } from './subgraph-registry';

export { SUBGRAPH_NAMES };
export type { SubgraphName };

/** Everything the launcher and the tests need to know of one subgraph. */
export interface SubgraphModule<TLoaders = unknown> {
  name: SubgraphName;
  definition: SubgraphDefinition<TLoaders>;
  database: SubgraphDatabaseDefinition;
  /** writes the demo data when the store is empty; returns how many rows of its main entity it wrote */
  seed(dataSource: DataSource, limit?: number): Promise<number>;
  /** background work (e.g. the erasure outbox); returns the function that stops it */
  startWorkers?(database: SubgraphDatabase, peers: SubgraphUrls): Promise<() => Promise<void>>;
}

/** Each subgraph's port when none is configured: configuration data, so a subgraph run alone can find its peers. */
export const DEFAULT_PORTS: Record<SubgraphName, number> = perSubgraph((name) => SUBGRAPH_REGISTRY[name].defaultPort);

const envPrefix = (name: SubgraphName) => name.toUpperCase().replace('-', '_');

/** USERS_PORT, CREDIT_HISTORY_PORT, ... */
export function portFromEnv(
  name: SubgraphName,
  fallback: number = DEFAULT_PORTS[name],
  env: NodeJS.ProcessEnv = process.env,
): number {
  const text = env[`${envPrefix(name)}_PORT`];
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${envPrefix(name)}_PORT must be a port number.`);
  return port;
}

/**
 * The environment a subgraph process reads its port and its peers' URLs from (what
 * portFromEnv and subgraphUrlsFromEnv read), for launchers of separate processes;
 * `urls` replaces some peers' addresses (a proxy in between, say).
 */
export function subgraphAddressEnv(
  ports: Record<SubgraphName, number>,
  urls: Partial<SubgraphUrls> = {},
): NodeJS.ProcessEnv {
  return Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [`${envPrefix(name)}_PORT`, String(ports[name])],
      [`${envPrefix(name)}_URL`, urls[name] ?? `http://127.0.0.1:${ports[name]}/graphql`],
    ]),
  );
}

/** USERS_URL, CREDIT_HISTORY_URL, ...: where the others find each subgraph when run apart. */
export function subgraphUrlsFromEnv(
  defaults: Record<SubgraphName, number> = DEFAULT_PORTS,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphUrls {
  return perSubgraph(
    (name) => env[`${envPrefix(name)}_URL`] ?? `http://127.0.0.1:${portFromEnv(name, defaults[name], env)}/graphql`,
  );
}

/** Starts background workers side by side; the function returned stops them all. */
export async function startAllWorkers(...starts: Promise<() => Promise<void>>[]): Promise<() => Promise<void>> {
  const stops = await Promise.all(starts);
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

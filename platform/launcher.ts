import { DataSource } from 'typeorm';
import { createGatewayServer } from '../gateway/server';
import { DatabaseSettings, openSubgraphDatabase, SubgraphDatabase } from '../shared/store/database';
import { RunningServer } from '../shared/server/http-server';
import { SubgraphUrls } from '../shared/trust/internal-client';
import { portFromEnv, SUBGRAPH_NAMES, SubgraphName } from '../shared/server/subgraph-module';
import { perSubgraph } from '../shared/server/subgraph-registry';
import { createSubgraphServer } from '../shared/server/subgraph-server';
import { TokenVerifier } from '../gateway/viewer-token';
import { BudgetSettings } from '../gateway/cost-budget';
import { SUBGRAPHS } from './subgraphs';

export type PlatformPorts = Record<SubgraphName | 'gateway', number>;

/** Every server on a free port: what the tests and the bench use. */
export const FREE_PORTS: PlatformPorts = { ...perSubgraph(() => 0), gateway: 0 };

/** GATEWAY_PORT and <NAME>_PORT, or 4000–4004. */
export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): PlatformPorts {
  return { ...perSubgraph((name) => portFromEnv(name, undefined, env)), gateway: Number(env.GATEWAY_PORT ?? 4000) };
}

export interface PlatformOptions {
  database: DatabaseSettings;
  supergraphSdl: string;
  /** 0 picks a free port (tests) */
  ports: PlatformPorts;
  /** seed the demo data when a store is empty; a limit seeds only the first N applicants */
  seed: boolean;
  seedLimit?: number;
  host?: string;
  verifyToken?: TokenVerifier;
  /** per-viewer cost budgets; CREDENCE_BUDGET_* and REDIS_URL when absent */
  budgets?: BudgetSettings;
}

export interface Platform {
  gatewayUrl: string;
  subgraphUrls: SubgraphUrls;
  databases: Record<SubgraphName, SubgraphDatabase>;
  /** SQL statements sent so far by all four subgraphs */
  queryCount(): number;
  stopSubgraph(name: SubgraphName): Promise<void>;
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Opens the four stores, seeds them, starts the four subgraphs and the gateway in
 * this process. `npm start` and the end-to-end tests both run the platform this way.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const host = options.host ?? '127.0.0.1';
  const databases = {} as Record<SubgraphName, SubgraphDatabase>;
  const servers = new Map<SubgraphName, RunningServer>();
  const subgraphUrls = {} as SubgraphUrls;
  const ports = { ...options.ports };
  let gateway: RunningServer | undefined;
  const stopWorkers: (() => Promise<void>)[] = [];

  const startSubgraph = async (name: SubgraphName) => {
    const module = SUBGRAPHS[name];
    const server = await (
      await createSubgraphServer(module.definition, databases[name], subgraphUrls)
    ).listen(ports[name], host);
    ports[name] = server.port; // a restart comes back where the gateway expects it
    subgraphUrls[name] = server.url;
    servers.set(name, server);
  };

  const stop = async () => {
    await Promise.all(stopWorkers.splice(0).map((stopWorker) => stopWorker()));
    await gateway?.stop();
    await Promise.all([...servers.values()].map((server) => server.stop()));
    servers.clear();
    await Promise.all(Object.values(databases).map((db) => db.dataSource.isInitialized && db.dataSource.destroy()));
  };

  try {
    for (const name of SUBGRAPH_NAMES) {
      const seed = options.seed
        ? (dataSource: DataSource) => SUBGRAPHS[name].seed(dataSource, options.seedLimit)
        : undefined;
      databases[name] = await openSubgraphDatabase(options.database, SUBGRAPHS[name].database, seed);
    }
    for (const name of SUBGRAPH_NAMES) await startSubgraph(name);
    for (const name of SUBGRAPH_NAMES) {
      const worker = await SUBGRAPHS[name].startWorkers?.(databases[name], subgraphUrls);
      if (worker) stopWorkers.push(worker);
    }
    gateway = await (
      await createGatewayServer({
        supergraphSdl: options.supergraphSdl,
        subgraphUrls,
        verifyToken: options.verifyToken,
        budgets: options.budgets,
      })
    ).listen(ports.gateway, host);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    databases,
    queryCount: () => SUBGRAPH_NAMES.reduce((total, name) => total + databases[name].queries.count, 0),
    stopSubgraph: async (name) => {
      await servers.get(name)?.stop();
      servers.delete(name);
    },
    restartSubgraph: startSubgraph,
    stop,
  };
}

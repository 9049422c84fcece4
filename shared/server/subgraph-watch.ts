import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Registry } from 'prom-client';
import { SubgraphDatabase } from '../store/database';
import type { SubgraphUrls } from '../trust/internal-client';
import type { ServerWatch } from './http-server';
import { LazyGauge, lazyGauge } from './metrics';
import { peersAnswer, storeAnswers } from './readiness';

/** What a subgraph adds to its /metrics (gauges read from its store, counters fed by plugins). */
export type SubgraphMetrics = (registry: Registry, database: SubgraphDatabase) => ApolloServerPlugin<BaseContext>[];

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** PostgreSQL's connection pool: open, idle, and requests waiting for one. SQLite has no pool to report. */
function poolGauge({ dataSource }: SubgraphDatabase): LazyGauge {
  return {
    name: 'credence_db_pool_connections',
    help: 'PostgreSQL connection pool: total (open), idle, and waiting (queries queued for a connection).',
    labelNames: ['state'],
    async read() {
      const pool =
        dataSource.options.type === 'postgres'
          ? ((dataSource.driver as unknown as { master?: PgPool }).master ?? null)
          : null;
      if (!pool) return [];
      return [
        { labels: { state: 'total' }, value: pool.totalCount },
        { labels: { state: 'idle' }, value: pool.idleCount },
        { labels: { state: 'waiting' }, value: pool.waitingCount },
      ];
    },
  };
}

/**
 * A subgraph is ready when its store answers and the subgraphs it calls answer; its
 * /metrics add the pool and whatever the subgraph measures itself; it continues the
 * gateway's trace.
 */
export function subgraphWatch(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  definition: { needs?: readonly (keyof SubgraphUrls)[]; metrics?: SubgraphMetrics },
): ServerWatch {
  return {
    readiness: [storeAnswers(database), ...peersAnswer(peers, definition.needs ?? [])],
    metrics: (registry) => {
      lazyGauge(registry, poolGauge(database));
      return definition.metrics?.(registry, database) ?? [];
    },
    continueCallersTrace: true,
  };
}

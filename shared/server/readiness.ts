import { RequestHandler } from 'express';
import { SubgraphDatabase } from '../store/database';
import type { SubgraphUrls } from '../trust/internal-client';

/** One thing a server needs to answer requests; `check` throws, with a reason, when it is missing. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout(name: string, work: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${name} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The server's own store answers a query. */
export function storeAnswers({ dataSource }: SubgraphDatabase): ReadinessCheck {
  return {
    name: 'store',
    async check() {
      if (!dataSource.isInitialized) throw new Error('the store is closed');
      await dataSource.query('SELECT 1').catch(() => {
        throw new Error('the store does not answer');
      });
    },
  };
}

/**
 * The subgraphs this server calls answer their liveness check (/health, not /ready:
 * two subgraphs that need each other must not wait on each other's readiness). The
 * URLs are read at each check: a restarted peer may move.
 */
export function peersAnswer(urls: SubgraphUrls, names: readonly (keyof SubgraphUrls)[]): ReadinessCheck[] {
  return names.map((name) => ({
    name: `subgraph ${name}`,
    async check() {
      // Reasons name the peer, never its address: the gateway's /ready is public.
      const response = await fetch(new URL('/health', urls[name]), {
        signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
      }).catch(() => {
        throw new Error(`the ${name} subgraph does not answer`);
      });
      if (!response.ok) throw new Error(`the ${name} subgraph answered ${response.status}`);
    },
  }));
}

/**
 * GET /ready: 200 when every check passes, else 503 with the reasons, so a load
 * balancer sends no traffic to a server that could only fail it. /health stays the
 * liveness check: the process is up.
 */
export function readinessRoute(server: string, checks: readonly ReadinessCheck[]): RequestHandler {
  return async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(name, check());
          return { check: name, ok: true as const };
        } catch (error) {
          return { check: name, ok: false as const, reason: (error as Error).message };
        }
      }),
    );
    const failing = results.filter((result) => !result.ok);
    res.set('cache-control', 'no-store');
    if (failing.length) {
      res
        .status(503)
        .json({ status: 'not ready', server, failing: failing.map(({ check, reason }) => ({ check, reason })) });
    } else {
      res.json({ status: 'ready', server, checks: results.map((result) => result.check) });
    }
  };
}

import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { RequestObserver } from './request-summary';

/** A value read at scrape time (a count in the store, say), never kept up to date by the code it watches. */
export interface LazyGauge {
  name: string;
  help: string;
  labelNames?: string[];
  read(): Promise<{ labels?: Record<string, string>; value: number }[]>;
}

/**
 * Registers a gauge that asks `read` at each scrape. If reading fails the gauge has no
 * samples (give it labels: an unlabelled gauge would show 0), and the scrape still answers.
 */
export function lazyGauge(registry: Registry, { name, help, labelNames = [], read }: LazyGauge): void {
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      const samples = await read().catch(() => []);
      for (const { labels = {}, value } of samples) this.set(labels, value);
    },
  });
}

/** A client names its operations: past this many distinct names, new ones count as "other". */
const MAX_OPERATION_NAMES = 200;

/**
 * Each server's own registry (the tests and `npm start` run every server in one
 * process; a shared default registry would mix them): GraphQL requests by operation
 * and outcome, their latency, and errors by code.
 */
export function createServerMetrics(server: string, extra?: (registry: Registry) => ApolloServerPlugin<BaseContext>[]) {
  const registry = new Registry();
  const labelNames = ['operation', 'outcome'];
  const requests = new Counter({
    name: 'credence_graphql_requests_total',
    help: `GraphQL requests ${server} answered, by operation name and outcome (ok, partial, failed).`,
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'credence_graphql_request_duration_seconds',
    help: `Time ${server} took to answer a GraphQL request, by operation name and outcome.`,
    labelNames,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'credence_graphql_errors_total',
    help: `Errors in ${server}'s answers by extensions.code: denials (CONSENT_REQUIRED, PARTNER_SUSPENDED, FORBIDDEN, ...) and failures.`,
    labelNames: ['code'],
    registers: [registry],
  });
  const names = new Set<string>();
  const operationLabel = (name: string) => {
    if (names.has(name) || names.size < MAX_OPERATION_NAMES) {
      names.add(name);
      return name;
    }
    return 'other';
  };
  const count: RequestObserver = (summary, durationMs) => {
    const labels = { operation: operationLabel(summary.operation), outcome: summary.outcome };
    requests.inc(labels);
    if (durationMs !== null) latency.observe(labels, durationMs / 1000);
    for (const code of summary.codes) errors.inc({ code });
  };
  return { registry, count, plugins: extra?.(registry) ?? [] };
}

/** Process metrics (CPU, memory, event loop, GC): one set per process, shown by each of its servers. */
function processRegistry(): Registry {
  const key = Symbol.for('credence.processMetrics');
  const holder = globalThis as { [key]?: Registry };
  if (!holder[key]) {
    holder[key] = new Registry();
    collectDefaultMetrics({ register: holder[key] });
  }
  return holder[key];
}

export interface MetricsSettings {
  /** false: /metrics answers 404 (production without a token) */
  enabled: boolean;
  /** when set, /metrics wants `Authorization: Bearer <token>` */
  token: string | null;
}

const MIN_TOKEN_LENGTH = 16;

/** CREDENCE_METRICS_TOKEN guards /metrics; in production, without it, there is no /metrics. */
export function metricsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsSettings {
  const token = env.CREDENCE_METRICS_TOKEN || null;
  if (token !== null && token.length < MIN_TOKEN_LENGTH)
    throw new Error(`CREDENCE_METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters.`);
  return { enabled: token !== null || env.NODE_ENV !== 'production', token };
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** GET /metrics in Prometheus text format. */
export function metricsRoute(registry: Registry, settings: MetricsSettings = metricsSettingsFromEnv()): RequestHandler {
  return async (req, res) => {
    if (!settings.enabled) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    if (settings.token && !bearerMatches(req.header('authorization'), settings.token)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'metrics need a bearer token' });
      return;
    }
    const merged = Registry.merge([registry, processRegistry()]);
    res
      .set('content-type', merged.contentType)
      .set('cache-control', 'no-store')
      .send(await merged.metrics());
  };
}

import express from 'express';
import { AddressInfo } from 'node:net';
import { Counter, Registry } from 'prom-client';
import { lazyGauge, metricsRoute, metricsSettingsFromEnv } from '../../shared/server/metrics';
import { readinessRoute, storeAnswers } from '../../shared/server/readiness';
import { dropSubgraphSchema, openSubgraphDatabase } from '../../shared/store/database';
import { testSchemaPrefix } from '../support/store';
import { parseMetrics } from '../support/metrics';

/** Serves one handler on a free port for one request. */
async function get(path: string, handler: express.RequestHandler, headers: Record<string, string> = {}) {
  const app = express();
  app.get(path, handler);
  const server = app.listen(0);
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    return { status: response.status, text: await response.text() };
  } finally {
    server.close();
  }
}

describe('metrics settings', () => {
  test.each<[string, NodeJS.ProcessEnv, { enabled: boolean; token: string | null }]>([
    ['development, no token: open', {}, { enabled: true, token: null }],
    ['production, no token: no /metrics at all', { NODE_ENV: 'production' }, { enabled: false, token: null }],
    [
      'production with a token: behind it',
      { NODE_ENV: 'production', CREDENCE_METRICS_TOKEN: 't'.repeat(16) },
      { enabled: true, token: 't'.repeat(16) },
    ],
  ])('%s', (_, env, expected) => {
    expect(metricsSettingsFromEnv(env)).toEqual(expected);
  });

  test('a token shorter than 16 characters is refused at start', () => {
    expect(() => metricsSettingsFromEnv({ CREDENCE_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
  });

  test('disabled, /metrics is 404; with a token, 401 without it', async () => {
    const registry = new Registry();
    expect((await get('/metrics', metricsRoute(registry, { enabled: false, token: null }))).status).toBe(404);
    expect((await get('/metrics', metricsRoute(registry, { enabled: true, token: 'a'.repeat(20) }))).status).toBe(401);
    expect(
      (
        await get('/metrics', metricsRoute(registry, { enabled: true, token: 'a'.repeat(20) }), {
          authorization: `Bearer ${'a'.repeat(20)}`,
        })
      ).status,
    ).toBe(200);
  });

  test('each server registry is its own: two registries count apart, and a gauge that fails to read leaves the scrape answering', async () => {
    const [a, b] = [new Registry(), new Registry()];
    for (const registry of [a, b]) new Counter({ name: 'credence_test_total', help: 'test', registers: [registry] });
    (a.getSingleMetric('credence_test_total') as Counter).inc(3);
    lazyGauge(a, {
      name: 'credence_broken',
      help: 'reads from a store that is gone',
      labelNames: ['kind'],
      read: () => Promise.reject(new Error('gone')),
    });
    lazyGauge(a, {
      name: 'credence_answered',
      help: 'reads fine',
      labelNames: ['kind'],
      read: async () => [{ labels: { kind: 'x' }, value: 7 }],
    });
    const scraped = await get('/metrics', metricsRoute(a, { enabled: true, token: null }));
    expect(scraped.status).toBe(200);
    const samples = parseMetrics(scraped.text);
    expect(samples.find((s) => s.name === 'credence_test_total')?.value).toBe(3);
    expect(samples.find((s) => s.name === 'credence_answered')).toEqual({
      name: 'credence_answered',
      labels: { kind: 'x' },
      value: 7,
    });
    expect(samples.some((s) => s.name === 'credence_broken')).toBe(false);
    expect(parseMetrics(await b.metrics()).find((s) => s.name === 'credence_test_total')?.value).toBe(0);
  });
});

describe('readiness', () => {
  test('a check that does not answer in 2 s makes the server not ready, with its reason', async () => {
    const never = { name: 'slow peer', check: () => new Promise<void>(() => undefined) };
    const fine = { name: 'store', check: async () => undefined };
    const response = await get('/ready', readinessRoute('test', [fine, never]));
    expect(response.status).toBe(503);
    expect(JSON.parse(response.text)).toEqual({
      status: 'not ready',
      server: 'test',
      failing: [{ check: 'slow peer', reason: 'slow peer did not answer within 2000 ms' }],
    });
  });

  test('a closed store is not ready', async () => {
    // the store the suite runs on: every store holds the credential ledger, whose column types follow DATABASE_URL
    const url = process.env.DATABASE_URL;
    const database = await openSubgraphDatabase(
      url ? { kind: 'postgres', url, schemaPrefix: testSchemaPrefix() } : { kind: 'sqlite', directory: 'memory' },
      { storeName: 'probe', entities: [], migrations: [] },
    );
    const check = storeAnswers(database);
    await expect(check.check()).resolves.toBeUndefined();
    if (url) await dropSubgraphSchema(database);
    await database.dataSource.destroy();
    await expect(check.check()).rejects.toThrow('the store is closed');
  });
});

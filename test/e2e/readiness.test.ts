import { Platform } from '../../platform/launcher';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { startTestPlatform } from '../support/platform';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 5 });
});
afterAll(() => platform.stop());

async function probe(graphqlUrl: string, path: '/ready' | '/health') {
  const response = await fetch(new URL(path, graphqlUrl));
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('readiness next to liveness', () => {
  test('every server is ready: its store and the subgraphs it calls answer', async () => {
    expect(await probe(platform.gatewayUrl, '/ready')).toEqual({
      status: 200,
      body: {
        status: 'ready',
        server: 'gateway',
        checks: ['subgraph users', 'subgraph credit-history', 'subgraph scores', 'subgraph consent'],
      },
    });
    const checks = Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => [name, (await probe(platform.subgraphUrls[name], '/ready')).body.checks]),
      ),
    );
    expect(checks).toEqual({
      users: ['store', 'subgraph consent'],
      'credit-history': ['store', 'subgraph consent'],
      scores: ['store', 'subgraph consent', 'subgraph users', 'subgraph credit-history'],
      consent: ['store', 'subgraph users'],
    });
  });

  describe('with the consent subgraph stopped', () => {
    beforeAll(() => platform.stopSubgraph('consent'));
    afterAll(() => platform.restartSubgraph('consent'));

    test('the gateway and the subgraphs that need consent answer 503 and say why; the others stay ready', async () => {
      const gateway = await probe(platform.gatewayUrl, '/ready');
      expect(gateway).toEqual({
        status: 503,
        body: {
          status: 'not ready',
          server: 'gateway',
          failing: [{ check: 'subgraph consent', reason: 'the consent subgraph does not answer' }],
        },
      });
      for (const name of ['users', 'credit-history', 'scores'] as const) {
        const ready = await probe(platform.subgraphUrls[name], '/ready');
        expect(ready.status).toBe(503);
        expect(ready.body.failing).toEqual([
          { check: 'subgraph consent', reason: 'the consent subgraph does not answer' },
        ]);
        expect(JSON.stringify(ready.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/); // no address leaves in a reason
      }
    });

    test('liveness is unaffected: /health still answers 200', async () => {
      for (const url of [platform.gatewayUrl, platform.subgraphUrls.users, platform.subgraphUrls.scores]) {
        expect((await probe(url, '/health')).status).toBe(200);
      }
    });
  });

  test('once consent is back, every server is ready again', async () => {
    for (const url of [platform.gatewayUrl, ...SUBGRAPH_NAMES.map((name) => platform.subgraphUrls[name])]) {
      expect((await probe(url, '/ready')).status).toBe(200);
    }
  });
});

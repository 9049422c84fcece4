import { getIntrospectionQuery } from 'graphql';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Platform } from '../../platform/launcher';
import { parseCorsOrigins } from '../../gateway/browser/cors-origins';
import { PLAYGROUND_CSP } from '../../gateway/browser/playground-routes';
import { browserSettingsFromEnv } from '../../gateway/browser';
import { RunningServer } from '../../shared/server/http-server';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { startTestPlatform, testBudgets } from '../support/platform';
import { fakeBundle, jsonOf, originOf, productionBrowserSettings, startGatewayWith } from '../support/gateway';
import { asPartner, codesOf, graphql, idAtPartner, userId } from '../support/graphql';

let platform: Platform;
const extraGateways: RunningServer[] = [];
let playground: ReturnType<typeof fakeBundle>;
let playgroundDirectory: string;

beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 5 });
  playground = fakeBundle('Credence playground');
  playgroundDirectory = playground.directory;
});
afterAll(async () => {
  await Promise.all(extraGateways.map((gateway) => gateway.stop()));
  await platform.stop();
  playground.remove();
});

async function gatewayWith(settings: Parameters<typeof startGatewayWith>[1]) {
  const gateway = await startGatewayWith(platform, settings);
  extraGateways.push(gateway);
  return gateway;
}

const APP_ORIGIN = 'http://localhost:5173';
/** Spree Bikes holds an active SCORE_THRESHOLD consent from demo consumer 1 in the seed data, and nothing else from them. */
const DEPOSIT_CHECK = `query Check($id: ID!) { user(id: $id) { goodEnough: scoreAtLeast(threshold: 600) creditScore { band } } }`;

/** What Apollo Client sends besides a bearer token, and the header that lets a GET through CSRF prevention. */
const APOLLO_CLIENT_HEADERS =
  'authorization,content-type,x-access-reason,apollographql-client-name,apollographql-client-version,apollo-require-preflight,idempotency-key';

const preflight = (url: string, origin: string, headers = 'authorization,content-type') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

describe('CORS on the graph', () => {
  test("answers an allowed origin's preflight with that origin, the methods and headers the graph needs, and Vary: Origin", async () => {
    const response = await preflight(platform.gatewayUrl, APP_ORIGIN, APOLLO_CLIENT_HEADERS);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, x-access-reason, apollographql-client-name, apollographql-client-version, apollo-require-preflight, idempotency-key',
    );
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  test('refuses the preflight of an origin not on the list, with no Access-Control headers at all', async () => {
    const gateway = await gatewayWith({ corsOrigins: parseCorsOrigins('https://app.example.com') });
    for (const origin of [APP_ORIGIN, 'https://app.example.com.evil.net', 'null']) {
      const response = await preflight(gateway.url, origin);
      expect(response.status).toBe(403);
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    expect((await preflight(gateway.url, 'https://app.example.com')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example.com',
    );
  });

  test('lets an allowed origin read the graph with a bearer token: values where consented, denials where not', async () => {
    const { token } = await asPartner(0);
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DEPOSIT_CHECK, variables: { id: idAtPartner(0, userId(1)) } }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    const body = await jsonOf(response);
    expect(typeof body.data.user.goodEnough).toBe('boolean');
    expect(body.data.user.creditScore.band).toBeNull();
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['CONSENT_REQUIRED']);
  });

  test("exposes to the page the answer's request id and its budget (RateLimit, RateLimit-Policy), and Retry-After on a 429", async () => {
    const gateway = await startGatewayWith(
      platform,
      {},
      testBudgets({ points: { anonymous: 2, user: 100, partner: 100, staff: 100 }, windowSeconds: 60 }),
    );
    extraGateways.push(gateway);
    const ask = () =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { origin: APP_ORIGIN, 'content-type': 'application/json', 'apollographql-client-name': 'web' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const exposed = (response: Response) =>
      (response.headers.get('access-control-expose-headers') ?? '').split(',').map((name) => name.trim());
    const answered = await ask();
    expect(answered.status).toBe(200);
    expect(exposed(answered)).toEqual([
      'x-request-id',
      'ratelimit',
      'ratelimit-policy',
      'retry-after',
      'idempotent-replayed',
    ]);
    for (const name of ['x-request-id', 'ratelimit', 'ratelimit-policy'])
      expect(answered.headers.get(name)).toEqual(expect.any(String));
    let refused = await ask();
    for (const until = Date.now() + 30_000; refused.status !== 429 && Date.now() < until;) refused = await ask();
    expect(refused.status).toBe(429);
    expect(exposed(refused)).toContain('retry-after');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('answers automatic persisted queries: a hash alone once the query is known, over POST and over GET with apollo-require-preflight', async () => {
    const query = '{ partners { name } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const post = (body: Record<string, unknown>) =>
      fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { origin: APP_ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(jsonOf);
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.data.partners.length).toBeGreaterThan(0);
    expect((await post({ extensions: { persistedQuery } })).data).toEqual(registered.data);
    const url = new URL(platform.gatewayUrl);
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery }));
    const got = await fetch(url, { headers: { origin: APP_ORIGIN, 'apollo-require-preflight': 'true' } });
    expect(got.status).toBe(200);
    expect((await jsonOf(got)).data).toEqual(registered.data);
  });

  test('keeps CSRF prevention for simple requests, even from an allowed origin', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ partners { name } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  test('allows no other origin by default in production', async () => {
    const gateway = await gatewayWith(productionBrowserSettings());
    expect((await preflight(gateway.url, APP_ORIGIN)).status).toBe(403);
  });

  test('no server says what it is built with (no X-Powered-By)', async () => {
    const urls = [platform.gatewayUrl, ...SUBGRAPH_NAMES.map((name) => platform.subgraphUrls[name])];
    for (const url of urls) {
      for (const path of ['/health', '/graphql']) {
        const response = await fetch(new URL(path, url), { method: path === '/health' ? 'GET' : 'POST' });
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    }
  });
});

describe('the development token endpoint', () => {
  const mint = (url: string, body: unknown, contentType = 'application/json') =>
    fetch(`${originOf(url)}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  test('mints a demo partner token that the graph accepts: a value where consented, CONSENT_REQUIRED where not', async () => {
    const response = await mint(platform.gatewayUrl, { kind: 'partner', partner: 'bikes' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, viewer, expiresIn } = await jsonOf(response);
    expect(viewer).toContain('Spree Bikes');
    expect(expiresIn).toBe('12h');
    const result = await graphql(platform.gatewayUrl, DEPOSIT_CHECK, { id: idAtPartner(0, userId(1)) }, { token });
    expect(typeof result.data!.user.goodEnough).toBe('boolean');
    expect(codesOf(result)).toEqual(['CONSENT_REQUIRED']);
  });

  test('mints consumer and staff tokens with the words npm run token takes', async () => {
    const consumer = await jsonOf(await mint(platform.gatewayUrl, { kind: 'user', user: 3 }));
    const me = await graphql(platform.gatewayUrl, '{ me { id } }', {}, { token: consumer.token });
    expect(me.data!.me.id).toBe(userId(3));
    const staff = await jsonOf(await mint(platform.gatewayUrl, { kind: 'staff', role: 'support', expiresIn: '30m' }));
    const support = await graphql(
      platform.gatewayUrl,
      '{ users(first: 2) { totalCount } }',
      {},
      { token: staff.token, reason: 'ticket 1234' },
    );
    expect(support.errors).toBeUndefined();
    expect(staff.expiresIn).toBe('30m');
  });

  test.each([
    ['no kind', {}, /user, partner or staff/],
    ['an unknown partner', { kind: 'partner', partner: 'bank' }, /bikes, travel/],
    ['staff without a role', { kind: 'staff' }, /Staff need a role/],
    ['a consumer past the data set', { kind: 'user', user: 1001 }, /1 to 1000/],
    ['a lifetime that is no duration', { kind: 'user', expiresIn: 'forever' }, /lifetime must be a duration/],
    ['a lifetime longer than the gateway accepts', { kind: 'user', expiresIn: '30d' }, /at most 86400 s/],
  ])('refuses %s with BAD_REQUEST and what to send instead', async (_, body, message) => {
    const response = await mint(platform.gatewayUrl, body);
    expect(response.status).toBe(400);
    const { error } = await jsonOf(response);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(message);
  });

  test('refuses a body that is not JSON with BAD_REQUEST', async () => {
    const response = await mint(platform.gatewayUrl, '{"kind": ', 'application/json');
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/must be JSON/),
    });
  });

  test("lists the demo viewers for the playground's pickers", async () => {
    const viewers = await jsonOf(await fetch(`${originOf(platform.gatewayUrl)}/dev/viewers`));
    expect(viewers.consumers[0]).toEqual({ number: 1, id: userId(1), displayName: expect.any(String) });
    expect(viewers.partners.map((p: { key: string }) => p.key)).toEqual([
      'bikes',
      'travel',
      'lending',
      'telecom',
      'retail',
    ]);
    expect(viewers.staffRoles).toContain('support');
  });

  test('does not exist in production, even with the playground on', async () => {
    const gateway = await gatewayWith(productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }));
    expect((await mint(gateway.url, { kind: 'partner', partner: 'bikes' })).status).toBe(404);
    expect((await fetch(`${originOf(gateway.url)}/dev/viewers`)).status).toBe(404);
  });

  test('does not exist when tokens come from an identity provider (CREDENCE_JWKS_URL)', async () => {
    const gateway = await gatewayWith({ mintDemoTokens: false });
    expect((await mint(gateway.url, { kind: 'user' })).status).toBe(404);
  });
});

describe('the playground routes', () => {
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const page = (url: string, path: string, accept = BROWSER_ACCEPT) =>
    fetch(`${originOf(url)}${path}`, { headers: { accept } });

  test.each(['/playground', '/playground/', '/graphql'])(
    '%s serves the playground page to a browser, under the Content-Security-Policy',
    async (path) => {
      const gateway = await gatewayWith({ playgroundDirectory });
      const response = await page(gateway.url, path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('Credence playground');
    },
  );

  test("the policy allows the gateway's own origin and no other", () => {
    const sources = PLAYGROUND_CSP.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
    expect(sources.filter((source) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(source))).toEqual([]);
    expect(PLAYGROUND_CSP).toMatch(/script-src 'self'(;|$)/);
  });

  test('serves the bundle under /playground/assets, cached for good, under the same policy', async () => {
    const gateway = await gatewayWith({ playgroundDirectory });
    const response = await fetch(`${originOf(gateway.url)}/playground/assets/app-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
    expect(response.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
  });

  test('API clients at /graphql still reach the graph, not the page', async () => {
    const gateway = await gatewayWith({ playgroundDirectory });
    const query = await fetch(`${gateway.url}?query=${encodeURIComponent('{ partners { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect((await jsonOf(query)).data.partners).toHaveLength(5);
    const anything = await page(gateway.url, '/graphql', '*/*');
    expect(anything.headers.get('content-type')).not.toMatch(/text\/html/);
  });

  test('tells the page whether it may mint demo tokens: in development, never in production', async () => {
    const development = await gatewayWith({ playgroundDirectory });
    expect(await jsonOf(await fetch(`${originOf(development.url)}/playground/settings.json`))).toEqual({
      demoTokens: true,
    });
    const production = await gatewayWith({
      ...productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }),
      playgroundDirectory,
    });
    expect(await jsonOf(await fetch(`${originOf(production.url)}/playground/settings.json`))).toEqual({
      demoTokens: false,
    });
  });

  test('says how to build it when the bundle is missing', async () => {
    const gateway = await gatewayWith({ playgroundDirectory: join(playgroundDirectory, 'missing') });
    const response = await page(gateway.url, '/playground');
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build/);
  });

  test('is off in production unless CREDENCE_PLAYGROUND=true, and off anywhere with CREDENCE_PLAYGROUND=false', async () => {
    const production = await gatewayWith({ ...productionBrowserSettings(), playgroundDirectory });
    expect((await page(production.url, '/playground')).status).toBe(404);
    expect((await page(production.url, '/graphql')).headers.get('content-type')).not.toMatch(/text\/html/);
    const enabled = await gatewayWith({
      ...productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }),
      playgroundDirectory,
    });
    expect((await page(enabled.url, '/playground')).status).toBe(200);
    const disabled = await gatewayWith({
      ...browserSettingsFromEnv({ CREDENCE_PLAYGROUND: 'false' }),
      playgroundDirectory,
    });
    expect((await page(disabled.url, '/playground')).status).toBe(404);
  });
});

test("the playground's schema query (GraphiQL's introspection) passes the depth limit, which still holds elsewhere", async () => {
  const introspection = await graphql(platform.gatewayUrl, getIntrospectionQuery());
  expect(introspection.errors).toBeUndefined();
  expect(introspection.data!.__schema.queryType.name).toBe('Query');
  const deep = `{ __schema { queryType { name } } me { creditAccounts { edges { node { records { edges { node { account { records { edges { node { account { records { edges { node { id } } } } } } } } } } } } } } } }`;
  expect(codesOf(await graphql(platform.gatewayUrl, deep))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
});

describe('the browser settings', () => {
  test.each([
    ['development', {}, { playground: true, mintDemoTokens: true }],
    [
      'development without the playground',
      { CREDENCE_PLAYGROUND: 'false' },
      { playground: false, mintDemoTokens: true },
    ],
    [
      'development with an identity provider',
      { CREDENCE_JWKS_URL: 'https://id.example/jwks' },
      { playground: true, mintDemoTokens: false },
    ],
    ['production', { NODE_ENV: 'production' }, { playground: false, mintDemoTokens: false }],
    [
      'production with the playground',
      { NODE_ENV: 'production', CREDENCE_PLAYGROUND: 'true' },
      { playground: true, mintDemoTokens: false },
    ],
  ])('%s', (_, env, expected) => {
    expect(browserSettingsFromEnv(env)).toMatchObject(expected);
  });

  test('a switch that is neither true nor false stops the start', () => {
    expect(() => browserSettingsFromEnv({ CREDENCE_PLAYGROUND: 'yes' })).toThrow(
      'CREDENCE_PLAYGROUND must be true or false, not "yes".',
    );
  });
});

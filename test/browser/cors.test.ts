import { Page } from 'playwright-core';
import { Platform } from '../../platform/launcher';
import { parseCorsOrigins } from '../../gateway/browser/cors-origins';
import { RunningServer } from '../../shared/server/http-server';
import { startTestPlatform } from '../support/platform';
import { startGatewayWith } from '../support/gateway';
import { asUser, userId } from '../support/graphql';
import { BrowserSession, launchChromium, saveScreenshot, serveStaticPage } from './chromium';

let platform: Platform;
let browser: BrowserSession;
let app: Awaited<ReturnType<typeof serveStaticPage>>;
let stranger: Awaited<ReturnType<typeof serveStaticPage>>;
/** a gateway that allows only the app's origin */
let strict: RunningServer;

/** A front-end app: POSTs the query with its bearer token and shows what came back. */
const PAGE = `<!doctype html>
<title>A front-end app</title>
<pre id="out">not asked yet</pre>
<script>
  window.askTheGraph = async (url, token) => {
    const out = document.getElementById('out');
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = await response.json();
      out.textContent = JSON.stringify(body, null, 2);
      return body;
    } catch (error) {
      out.textContent = 'refused: ' + error;
      return { failure: String(error) };
    }
  };
  // What Apollo Client sends, and the answer's headers a page reads (null unless exposed).
  window.askAsApolloClient = async (url, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer ' + token,
        'apollographql-client-name': 'credence-web',
        'apollographql-client-version': '1.0.0',
        'apollo-require-preflight': 'true',
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const read = ['x-request-id', 'ratelimit', 'ratelimit-policy'];
    return { body: await response.json(), headers: Object.fromEntries(read.map((name) => [name, response.headers.get(name)])) };
  };
</script>`;

type Answer = { data?: { me: { id: string } }; failure?: string };
type ApolloAnswer = { body: Answer; headers: Record<string, string | null> };
type AppWindow = {
  askTheGraph(url: string, token: string): Promise<Answer>;
  askAsApolloClient(url: string, token: string): Promise<ApolloAnswer>;
};

beforeAll(async () => {
  [platform, browser, app, stranger] = await Promise.all([
    startTestPlatform({ seedLimit: 5 }),
    launchChromium(),
    serveStaticPage(PAGE),
    serveStaticPage(PAGE),
  ]);
  strict = await startGatewayWith(platform, { corsOrigins: parseCorsOrigins(app.origin) });
});
afterAll(async () => {
  await strict?.stop();
  await Promise.all([browser?.close(), app?.close(), stranger?.close()]);
  await platform?.stop();
});

function askTheGraph(page: Page, gatewayUrl: string, token: string): Promise<Answer> {
  return page.evaluate(([url, bearer]) => (globalThis as unknown as AppWindow).askTheGraph(url, bearer), [
    gatewayUrl,
    token,
  ] as const);
}

describe('a front-end app on another origin, in Chromium', () => {
  test('reads the graph with a bearer token (development allows 127.0.0.1 on any port)', async () => {
    const { page } = await browser.newPage();
    await page.goto(app.origin);
    const result = await askTheGraph(page, platform.gatewayUrl, (await asUser(1)).token!);
    expect(result.data?.me.id).toBe(userId(1));
    await saveScreenshot(page, 'cors-allowed-origin');
  });

  test('reads it through a gateway whose CREDENCE_CORS_ORIGINS lists the app', async () => {
    const { page } = await browser.newPage();
    await page.goto(app.origin);
    expect((await askTheGraph(page, strict.url, (await asUser(2)).token!)).data?.me.id).toBe(userId(2));
  });

  test("sends Apollo Client's headers through the preflight and reads the request id and the budget's headers", async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(app.origin);
    const token = (await asUser(3)).token!;
    const answer = await page.evaluate(
      ([url, bearer]) => (globalThis as unknown as AppWindow).askAsApolloClient(url, bearer),
      [strict.url, token] as const,
    );
    expect(answer.body.data?.me.id).toBe(userId(3));
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.ratelimit).toMatch(/^"user";r=\d+;t=\d+$/);
    expect(answer.headers['ratelimit-policy']).toMatch(/^"user";q=\d+;w=\d+$/);
    expect(errors).toEqual([]);
  });

  test('is refused by the browser when its origin is not on the list', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(stranger.origin);
    const result = await askTheGraph(page, strict.url, (await asUser(1)).token!);
    expect(result.data).toBeUndefined();
    expect(result.failure).toMatch(/TypeError: Failed to fetch/);
    expect(errors.join('\n')).toMatch(/blocked by CORS policy/);
    await saveScreenshot(page, 'cors-refused-origin');
  });
});

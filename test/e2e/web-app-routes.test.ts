import { join } from 'node:path';
import { browserSettingsFromEnv, BrowserSettings } from '../../gateway/browser';
import { PLAYGROUND_CSP } from '../../gateway/browser/playground-routes';
import { WEB_APP_CSP } from '../../gateway/browser/web-app-routes';
import { RunningServer } from '../../shared/server/http-server';
import { fakeBundle, jsonOf, originOf, productionBrowserSettings, startGatewayAlone } from '../support/gateway';

/** The reference page's routes; the page itself is driven in Chromium by test/browser/web-app.test.ts. */
let bundle: ReturnType<typeof fakeBundle>;
const gateways: RunningServer[] = [];
beforeAll(() => {
  bundle = fakeBundle('Credence');
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  bundle.remove();
});

async function gatewayWith(settings: Partial<BrowserSettings>): Promise<string> {
  const gateway = await startGatewayAlone({ webAppDirectory: bundle.directory, ...settings });
  gateways.push(gateway);
  return originOf(gateway.url);
}

describe('the reference page at /app', () => {
  test.each(['/app', '/app/', '/app/index.html'])(
    '%s serves the page under its Content-Security-Policy',
    async (path) => {
      const response = await fetch(`${await gatewayWith({})}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await response.text()).toContain('<title>Credence</title>');
    },
  );

  test("its policy allows the gateway's own origin only: no inline script or style, no other host, no framing", () => {
    const directives = new Map(
      WEB_APP_CSP.split(';').map((directive) => {
        const [name, ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    const sources = [...directives.values()].flat();
    expect(sources.filter((source) => !["'self'", "'none'"].includes(source))).toEqual(['data:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src'])
      expect(directives.get(name)).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(WEB_APP_CSP).not.toBe(PLAYGROUND_CSP);
  });

  test('serves the bundle under /app/assets, cached for good, under the same policy', async () => {
    const response = await fetch(`${await gatewayWith({})}/app/assets/app-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
    expect(response.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
  });

  test('tells the page whether it may mint demo tokens: in development, never in production', async () => {
    expect(await jsonOf(await fetch(`${await gatewayWith({})}/app/settings.json`))).toEqual({ demoTokens: true });
    const production = await gatewayWith({
      ...productionBrowserSettings({ CREDENCE_WEB_APP: 'true' }),
      webAppDirectory: bundle.directory,
    });
    expect(await jsonOf(await fetch(`${production}/app/settings.json`))).toEqual({ demoTokens: false });
  });

  test('says how to build it when the bundle is missing', async () => {
    const response = await fetch(`${await gatewayWith({ webAppDirectory: join(bundle.directory, 'missing') })}/app`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('The reference page is not built: run npm run build.');
  });

  test('is off in production unless CREDENCE_WEB_APP=true, and off anywhere with CREDENCE_WEB_APP=false', async () => {
    const production = await gatewayWith({ ...productionBrowserSettings(), webAppDirectory: bundle.directory });
    expect((await fetch(`${production}/app`)).status).toBe(404);
    expect((await fetch(`${production}/app/assets/app-1a2b.js`)).status).toBe(404);
    const enabled = await gatewayWith({
      ...productionBrowserSettings({ CREDENCE_WEB_APP: 'true' }),
      webAppDirectory: bundle.directory,
    });
    expect((await fetch(`${enabled}/app`)).status).toBe(200);
    const disabled = await gatewayWith({
      ...browserSettingsFromEnv({ CREDENCE_WEB_APP: 'false' }),
      webAppDirectory: bundle.directory,
    });
    expect((await fetch(`${disabled}/app`)).status).toBe(404);
  });

  test('CREDENCE_WEB_APP and CREDENCE_PLAYGROUND switch independently', () => {
    expect(browserSettingsFromEnv({ CREDENCE_PLAYGROUND: 'false' })).toMatchObject({ playground: false, webApp: true });
    expect(browserSettingsFromEnv({ NODE_ENV: 'production', CREDENCE_WEB_APP: 'true' })).toMatchObject({
      playground: false,
      webApp: true,
      mintDemoTokens: false,
    });
    expect(() => browserSettingsFromEnv({ CREDENCE_WEB_APP: 'on' })).toThrow(
      'CREDENCE_WEB_APP must be true or false, not "on".',
    );
  });
});

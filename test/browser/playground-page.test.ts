import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSettingsFromEnv } from '../../gateway/browser';
import { PLAYGROUND_CSP } from '../../gateway/browser/playground-routes';
import { RunningServer } from '../../shared/server/http-server';
import { originOf, startGatewayAlone } from '../support/gateway';

/** The built bundle (npm run test:browser builds it first), served by a gateway whose subgraphs are never asked. */
const settings = browserSettingsFromEnv({});
let gateway: RunningServer;
beforeAll(async () => {
  gateway = await startGatewayAlone(settings);
});
afterAll(() => gateway.stop());

describe('the built playground page', () => {
  test('is served with the Content-Security-Policy', async () => {
    const response = await fetch(`${originOf(gateway.url)}/playground`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
  });

  test("references only the gateway's own origin: every src and href is a path under /playground or a data: URL", async () => {
    const html = await (await fetch(`${originOf(gateway.url)}/playground`)).text();
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(1);
    expect(references.filter((ref) => !ref.startsWith('/playground/') && !ref.startsWith('data:'))).toEqual([]);
  });

  test("loads its stylesheets' fonts and images from itself or data: URLs", () => {
    const assets = join(settings.playgroundDirectory, 'assets');
    const stylesheets = readdirSync(assets).filter((name) => name.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const urls = stylesheets.flatMap((name) =>
      [...readFileSync(join(assets, name), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]),
    );
    expect(
      urls.filter((url) => !url.startsWith('data:') && !url.startsWith('/playground/') && /^[a-z]+:|^\/\//i.test(url)),
    ).toEqual([]);
  });

  test('imports no script from elsewhere (no CDN in import(), new Worker() or importScripts())', () => {
    const assets = join(settings.playgroundDirectory, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    const remoteLoads = scripts.flatMap((name) =>
      [
        ...readFileSync(join(assets, name), 'utf8').matchAll(
          /(?:import\s*\(|from\s*|new Worker\s*\(|importScripts\s*\()\s*["'`]((?:https?:)?\/\/[^"'`]+)/g,
        ),
      ].map((m) => `${name}: ${m[1]}`),
    );
    expect(remoteLoads).toEqual([]);
    expect(
      scripts.filter((name) => /esm\.sh|unpkg\.com|jsdelivr\.net/.test(readFileSync(join(assets, name), 'utf8'))),
    ).toEqual([]);
  });
});

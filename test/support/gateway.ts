import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { BudgetSettings } from '../../gateway/cost-budget';
import { createGatewayServer } from '../../gateway/server';
import { BrowserSettings, browserSettingsFromEnv } from '../../gateway/browser';
import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { SUBGRAPH_NAMES, SubgraphName } from '../../shared/server/subgraph-module';
import { startTestPlatform } from './platform';

/**
 * A second gateway in front of a running platform's subgraphs, with browser settings
 * of the test's choosing (production's, another CORS list, another playground folder).
 */
export async function startGatewayWith(
  platform: Platform,
  browser: Partial<BrowserSettings>,
  budgets?: BudgetSettings,
): Promise<RunningServer> {
  const server = await createGatewayServer({
    supergraphSdl: composeSupergraph(),
    subgraphUrls: platform.subgraphUrls,
    browser: { ...browserSettingsFromEnv({}), ...browser },
    budgets,
  });
  return server.listen(0);
}

/**
 * A gateway whose subgraphs are never reached (their URLs lead nowhere): enough for
 * what it answers itself, such as validation, introspection and its pages for browsers.
 */
export async function startGatewayAlone(
  browser: Partial<BrowserSettings> = {},
  supergraphSdl = composeSupergraph(),
): Promise<RunningServer> {
  const nowhere = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'http://127.0.0.1:9/graphql'])) as Record<
    SubgraphName,
    string
  >;
  const server = await createGatewayServer({
    supergraphSdl,
    subgraphUrls: nowhere,
    browser: { ...browserSettingsFromEnv({}), ...browser },
  });
  return server.listen(0);
}

/** The production defaults, whatever NODE_ENV the tests run under. */
export const productionBrowserSettings = (env: NodeJS.ProcessEnv = {}) =>
  browserSettingsFromEnv({ ...env, NODE_ENV: 'production' });

/** http://127.0.0.1:port, from a server's /graphql URL. */
export const originOf = (url: string) => new URL(url).origin;

/** A JSON body, typed loosely as tests read it. */
export const jsonOf = (response: Response): Promise<any> => response.json();

/** A stand-in for a page's built bundle: index.html with the title, and one script under assets/. */
export function fakeBundle(title: string): { directory: string; remove(): void } {
  const directory = mkdtempSync(join(tmpdir(), 'credence-bundle-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'index.html'), `<!doctype html><title>${title}</title>`);
  writeFileSync(join(directory, 'assets', 'app-1a2b.js'), `console.log(${JSON.stringify(title)})`);
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

/**
 * For a test file: one platform (started before its tests, stopped after) and any
 * number of extra gateways in front of it, each with budgets of the test's choosing
 * (small ones, counting in memory or in Redis); `gatewayWith` answers the new gateway's URL.
 */
export function useGatewaysOverOnePlatform(seedLimit: number) {
  const supergraphSdl = composeSupergraph();
  const gateways: RunningServer[] = [];
  const harness = { platform: undefined as unknown as Platform, gatewayWith };
  async function gatewayWith(budgets: BudgetSettings): Promise<string> {
    const gateway = await (
      await createGatewayServer({ supergraphSdl, subgraphUrls: harness.platform.subgraphUrls, budgets })
    ).listen(0);
    gateways.push(gateway);
    return gateway.url;
  }
  beforeAll(async () => {
    harness.platform = await startTestPlatform({ seedLimit });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await harness.platform.stop();
  });
  return harness;
}

import { Page } from 'playwright-core';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { originOf, productionBrowserSettings, startGatewayWith } from '../support/gateway';
import { asPartner, asStaff, idAtPartner, userId } from '../support/graphql';
import { BrowserSession, launchChromium, saveScreenshot } from './chromium';

let platform: Platform;
let browser: BrowserSession;
beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seedLimit: 5 }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** In the seed data Spree Bikes holds demo consumer 1's consent for SCORE_THRESHOLD, and for nothing else. */
const DEPOSIT_CHECK =
  'query DepositCheck($id: ID!) { user(id: $id) { goodEnough: scoreAtLeast(threshold: 600) creditScore { band } } }';

/** What the result panel shows, spaces as typed (Monaco renders them as no-break spaces). */
async function resultText(page: Page): Promise<string> {
  return (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
}

/** The playground with the deposit check in its first tab (demo consumer 1 by Spree Bikes' id), as a link to it would open it. */
function depositCheckAddress(gatewayUrl: string): string {
  const address = new URL('/playground', originOf(gatewayUrl));
  address.searchParams.set('query', DEPOSIT_CHECK);
  address.searchParams.set('variables', JSON.stringify({ id: idAtPartner(0, userId(1)) }));
  return address.href;
}

/**
 * GraphiQL drops a click on Execute that comes before its Monaco editors exist (its `run` returns early),
 * so on a loaded machine the test waits for both editors, the query already in the first, before clicking.
 */
async function editorsReady(page: Page) {
  await page.locator('.graphiql-query-editor .view-lines', { hasText: 'DepositCheck' }).waitFor({ timeout: 90_000 });
  await page.locator('.result-window .monaco-editor').waitFor({ timeout: 90_000 });
}

async function runAndReadResult(page: Page): Promise<string> {
  await editorsReady(page);
  await page.getByRole('button', { name: /^Execute query/ }).click();
  // a generous deadline: the first answer of a fresh platform on a loaded machine can take longer than Playwright's 30 s
  await page.locator('.result-window').getByText('CONSENT_REQUIRED').waitFor({ timeout: 90_000 });
  return resultText(page);
}

/** A value for the consented field, null and CONSENT_REQUIRED at the other's path. */
function expectConsentedAndDenied(result: string) {
  expect(result).toMatch(/"goodEnough": (true|false)/);
  expect(result).toContain('"band": null');
  expect(result).toMatch(/"path": \[\s*"user",\s*"creditScore",\s*"band"\s*\]/);
}

describe('the playground in Chromium', () => {
  test('acting as a demo partner, a query shows a value for the consented field and CONSENT_REQUIRED for the other', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(depositCheckAddress(platform.gatewayUrl));

    await page.getByLabel('Act as', { exact: true }).selectOption('partner');
    await page.getByLabel('Partner').selectOption({ label: 'Spree Bikes' });
    await page.getByRole('button', { name: 'Act as' }).click();
    await page.getByText(/Acting as partner bikes: Spree Bikes/).waitFor();

    expectConsentedAndDenied(await runAndReadResult(page));
    await saveScreenshot(page, 'playground-partner-consent');
    expect(errors).toEqual([]);
  });

  test('acting as staff needs a reason: without one nothing is sent; with one it goes with every request', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(depositCheckAddress(platform.gatewayUrl));
    await page.getByLabel('Act as', { exact: true }).selectOption('staff');
    await page.getByLabel('Role').selectOption('support');
    await page.getByLabel('Access reason').fill('   ');
    await page.getByRole('button', { name: 'Act as' }).click();
    await page.getByText(/State a reason \(a ticket, a case\) before acting as staff/).waitFor();
    expect(await page.getByText(/Acting as staff/).count()).toBe(0);
    await page.getByLabel('Access reason').fill('ticket 4711');
    await page.getByRole('button', { name: 'Act as' }).click();
    await page.getByText(/x-access-reason: ticket 4711/).waitFor();
    expect(errors).toEqual([]);
  });

  test('in production a pasted staff token is not used without a reason', async () => {
    const production = await startGatewayWith(platform, productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }));
    try {
      const { page, errors } = await browser.newPage();
      await page.goto(depositCheckAddress(production.url));
      await page.getByLabel('Bearer token').fill((await asStaff('support', null)).token!);
      await page.getByRole('button', { name: 'Use' }).click();
      await page.getByText(/State a reason \(a ticket, a case\) before acting as staff/).waitFor();
      await page.getByLabel('Access reason (staff)').fill('ticket 4711');
      await page.getByRole('button', { name: 'Use' }).click();
      await page.getByText(/x-access-reason: ticket 4711/).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await production.stop();
    }
  });

  test('in production it mints nothing: a pasted token and reason are sent instead', async () => {
    const production = await startGatewayWith(platform, productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }));
    try {
      const { page, errors } = await browser.newPage();
      await page.goto(depositCheckAddress(production.url));
      await page.getByLabel('Bearer token').fill((await asPartner(0)).token!);
      await page.getByLabel('Access reason (staff)').fill('ticket 1234');
      await page.getByRole('button', { name: 'Use' }).click();
      await page.getByText(/Sending Authorization: Bearer …\S+, x-access-reason: ticket 1234/).waitFor();
      expect(await page.getByRole('button', { name: 'Act as' }).count()).toBe(0);
      expectConsentedAndDenied(await runAndReadResult(page));
      await saveScreenshot(page, 'playground-production-token');
      expect(errors).toEqual([]);
    } finally {
      await production.stop();
    }
  });

  test("knows the graph without introspecting it (the build's API schema), so its documentation works where introspection is off", async () => {
    const production = await startGatewayWith(platform, productionBrowserSettings({ CREDENCE_PLAYGROUND: 'true' }));
    try {
      const { page, errors } = await browser.newPage();
      const posted: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posted.push(request.postData() ?? '');
      });
      await page.goto(`${originOf(production.url)}/playground`);
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.getByRole('region', { name: 'Documentation Explorer' });
      await docs.getByRole('link', { name: 'Query', exact: true }).click();
      await docs.getByRole('link', { name: 'me', exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(posted.filter((body) => body.includes('__schema'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await production.stop();
    }
  });

  test("opens with the docs' examples for consumers, partners and staff as tabs", async () => {
    const { page } = await browser.newPage();
    await page.goto(`${originOf(platform.gatewayUrl)}/playground`);
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    expect(await tabs.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('MyCredit'),
        expect.stringContaining('DepositWaiver'),
        expect.stringContaining('Support'),
      ]),
    );
  });

  test("is what a browser gets at the graph's URL, and it loads nothing from any other origin, its editor workers included", async () => {
    const { page, errors } = await browser.newPage();
    const origin = originOf(platform.gatewayUrl);
    const before = browser.requests.length;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const graphqlWorker = page.waitForEvent('worker', (worker) => /graphql\.worker/.test(worker.url()));
    await page.goto(platform.gatewayUrl);
    await graphqlWorker;
    await page.getByRole('tab', { name: /DepositWaiver/ }).click();
    await page.waitForLoadState('networkidle');
    expect(workers.map((url) => new URL(url).origin)).toEqual(workers.map(() => origin));
    expect(workers.some((url) => /editor\.worker/.test(url))).toBe(true);
    const asked = browser.requests.slice(before);
    expect(asked.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    // No request failed and nothing was refused by the Content-Security-Policy.
    expect(errors).toEqual([]);
  });
});

import { Locator, Page } from 'playwright-core';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { originOf, productionBrowserSettings, startGatewayWith } from '../support/gateway';
import { asPartner, asStaff, asUser, codesOf, graphql, partnerId, userId, nodesOf } from '../support/graphql';
import { BrowserSession, launchChromium, saveScreenshot, TEST_RESULTS, WatchedPage } from './chromium';
import { columnTexts, isFocused, reportCspViolations, rootFontSize, sidewaysProblems } from './in-page';

/**
 * The reference consumer page (web/, served at /app) in Chromium, against the whole
 * platform. Demo consumer 1 holds a SCORE_THRESHOLD consent for Spree Bikes in the
 * seed data; the set-up adds one for Hanse Kredit and has Spree Bikes read twice, so
 * the page has consents to revoke and an access log to show.
 */
let platform: Platform;
let browser: BrowserSession;
let origin: string;

const SCORE = `{ me { creditScore { value band probabilityOfDefault categories { category points maxPoints scored explanation } reasons { sentence } } } }`;
const SIMULATE = `query Simulate($scenario: ScoreScenario!) { me { scoreSimulation(scenario: $scenario) { currentValue projectedValue } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const CONSENTS = `{ myConsents(first: 100) { edges { node { partner { name } status } } } }`;
const FEED = `{ myNotifications(first: 20) { unreadCount totalCount edges { node { kind message read } } } }`;
const SAVINGS = ['AT_LEAST_1000', 'UNKNOWN_OR_NONE', 'BELOW_100', 'BELOW_500', 'BELOW_1000'];

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seedLimit: 5 }), launchChromium()]);
  origin = originOf(platform.gatewayUrl);
  const grant = await graphql(
    platform.gatewayUrl,
    GRANT,
    {
      input: {
        partnerId: partnerId(2),
        scopes: ['SCORE_VALUE', 'SCORE_FACTORS'],
        purpose: 'Assess a consumer-loan application.',
      },
    },
    await asUser(1),
  );
  expect(grant.errors).toBeUndefined();
  const read = await graphql(
    platform.gatewayUrl,
    'query($id: ID!) { user(id: $id) { scoreAtLeast(threshold: 600) creditScore { band } } }',
    { id: userId(1) },
    await asPartner(0),
  );
  expect(read.data?.user).toBeTruthy();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function asConsumer(index: number, query: string, variables: Record<string, unknown> = {}) {
  const response = await graphql(platform.gatewayUrl, query, variables, await asUser(index));
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Opens /app and signs in through the demo picker, as a developer would. */
async function signInAsDemoConsumer(page: Page, index: number, url = `${origin}/app`): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Demo consumer').selectOption(String(index));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('score-value').waitFor();
}

/** Waits until the element's whole text matches `pattern`, a regular expression's source (the text changes as answers come). */
function untilText(locator: Locator, pattern: string): Promise<void> {
  return locator.filter({ hasText: new RegExp(`^${pattern}$`) }).waitFor();
}

async function openPage(): Promise<WatchedPage> {
  return browser.newPage();
}

describe('the reference consumer page in Chromium', () => {
  test('signed in as a demo consumer, it shows the score, band and probability of default, and five category bars with relationships at zero and why', async () => {
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, 1);
    const { creditScore } = (await asConsumer(1, SCORE)).me;

    expect(await page.getByTestId('score-value').innerText()).toBe(String(creditScore.value));
    expect(await page.getByTestId('score-band').innerText()).toBe(
      { POOR: 'Poor', FAIR: 'Fair', GOOD: 'Good', VERY_GOOD: 'Very good', EXCELLENT: 'Excellent' }[
        creditScore.band as string
      ],
    );
    expect(await page.getByTestId('score-pd').innerText()).toContain(
      `${Math.round(creditScore.probabilityOfDefault * 1000) / 10}%`,
    );

    const categories = page.getByRole('region', { name: 'What makes up your score' }).getByRole('listitem');
    expect(await categories.count()).toBe(5);
    expect(await page.getByTestId('category-bar').count()).toBe(5);
    const relationships = creditScore.categories.find((c: { category: string }) => c.category === 'RELATIONSHIPS');
    expect(relationships).toMatchObject({ points: 0, scored: false });
    const relationshipsItem = page.locator('[data-category="RELATIONSHIPS"]');
    expect(await relationshipsItem.innerText()).toContain('never scored: 0 points');
    expect(await relationshipsItem.innerText()).toContain(relationships.explanation);
    expect(Number(await relationshipsItem.getByTestId('category-bar').locator('.bar-fill').getAttribute('width'))).toBe(
      0,
    );
    const scored = creditScore.categories.find((c: { scored: boolean; points: number }) => c.scored && c.points > 0);
    expect(await page.locator(`[data-category="${scored.category}"]`).innerText()).toContain(
      `${scored.points} of ${scored.maxPoints} points`,
    );

    const reasons = await page
      .getByRole('region', { name: 'What holds your score back' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(reasons).toEqual(creditScore.reasons.map((r: { sentence: string }) => r.sentence));

    const log = page.getByRole('region', { name: 'Who saw what, when' });
    // one line per read event: the partner's threshold check and its refused band read, with the consent's purpose
    expect(await log.innerText()).toMatch(
      /Spree Bikes checked whether your score is at least 600 and was refused your score band\.\s+Reason given: “Waive the bike deposit/,
    );
    expect(
      await page.getByRole('region', { name: 'Your score over time' }).getByRole('img').getAttribute('aria-labelledby'),
    ).toBe('history-summary');

    await saveScreenshot(page, 'web-app-signed-in', { fullPage: true });
    expect(errors).toEqual([]);
  });

  test('what-if: changing savings, then the loan amount, shows the projected score the graph computes', async () => {
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, 1);
    const simulate = async (scenario: Record<string, unknown>) =>
      (await asConsumer(1, SIMULATE, { scenario })).me.scoreSimulation;
    let savings: string | undefined;
    let expected: { currentValue: number; projectedValue: number } | undefined;
    for (const candidate of SAVINGS) {
      expected = await simulate({ savingsStatus: candidate });
      savings = candidate;
      if (expected!.projectedValue !== expected!.currentValue) break;
    }
    expect(expected!.projectedValue).not.toBe(expected!.currentValue);

    const projected = page.getByTestId('projected-value');
    expect(await projected.count()).toBe(0);
    await page.getByLabel('Savings').selectOption(savings!);
    await untilText(projected, String(expected!.projectedValue));

    const withLoan = await simulate({ savingsStatus: savings, creditAmount: 15000 });
    expect(withLoan.projectedValue).not.toBe(expected!.projectedValue);
    await page.getByLabel('Loan amount (DM)').fill('15000');
    await untilText(projected, String(withLoan.projectedValue));
    await saveScreenshot(page, 'web-app-what-if');
    // The README's picture of the page (docs/reference-page.png is a copy of this one).
    await page.getByLabel('Loan amount (DM)').blur();
    await page.setViewportSize({ width: 1100, height: 1300 });
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'web-app-reference-page');
    expect(errors).toEqual([]);
  });

  test('revokes a consent reached and pressed with the keyboard alone, and another by clicking: each is shown revoked, and is revoked', async () => {
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, 1);
    const revokeBikes = page.getByRole('button', { name: 'Revoke access for Spree Bikes' });
    await revokeBikes.waitFor();
    const partners = page.getByRole('region', { name: 'Who may see your data' }).getByRole('heading', { level: 3 });
    const order = await partners.allInnerTexts();
    expect(order).toEqual(['Hanse Kredit', 'Spree Bikes']);

    let tabs = 0;
    while (!(await revokeBikes.evaluate(isFocused))) {
      expect(++tabs).toBeLessThan(60);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const bikes = page.getByRole('listitem', { name: 'Spree Bikes' });
    await untilText(bikes.getByTestId('consent-status'), 'Revoked on .+');
    expect(await revokeBikes.count()).toBe(0);
    // Focus moves to the news rather than falling back to the top of the page.
    expect(await bikes.getByTestId('consent-status').evaluate(isFocused)).toBe(true);
    // A revoked card stays where it was.
    expect(await partners.allInnerTexts()).toEqual(order);

    await page.getByRole('button', { name: 'Revoke access for Hanse Kredit' }).click();
    await untilText(
      page.getByRole('listitem', { name: 'Hanse Kredit' }).getByTestId('consent-status'),
      'Revoked on .+',
    );
    await saveScreenshot(page, 'web-app-consent-revoked', { fullPage: true });

    const { myConsents } = await asConsumer(1, CONSENTS);
    expect(
      nodesOf<{ partner: { name: string }; status: string }>(myConsents)!
        .map((c) => `${c.partner.name}: ${c.status}`)
        .sort(),
    ).toEqual(['Hanse Kredit: REVOKED', 'Spree Bikes: REVOKED']);
    expect(errors).toEqual([]);
  });

  test("opens a partner's request from its authorisationUrl; a yes creates the consent, shown at once, and the partner sees it AUTHORISED", async () => {
    const ask = await graphql(
      platform.gatewayUrl,
      `
        mutation Ask($input: RequestConsentInput!) {
          requestConsent(input: $input) {
            id
            authorisationUrl
          }
        }
      `,
      { input: { scopes: ['SCORE_BAND'], purpose: 'Waive the phone deposit.', durationDays: 90 } },
      await asPartner(3),
    );
    const { id, authorisationUrl } = ask.data!.requestConsent;
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, 3, `${origin}${authorisationUrl}`);
    const card = page
      .getByRole('region', { name: 'Partners asking for your consent' })
      .getByRole('listitem', { name: 'Elbe Mobil asks to see your data' });
    await card.getByText('your score band (such as “Good”), not the number').waitFor();
    await card.getByRole('button', { name: 'Yes, let Elbe Mobil see this' }).click();
    await untilText(card.getByTestId('request-status'), 'You said yes on .+');
    await page
      .getByRole('region', { name: 'Who may see your data' })
      .getByRole('heading', { name: 'Elbe Mobil' })
      .waitFor();
    const seen = await graphql(
      platform.gatewayUrl,
      `
        query One($id: ID!) {
          consentRequest(id: $id) {
            status
            consent {
              subject {
                id
              }
            }
          }
        }
      `,
      { id },
      await asPartner(3),
    );
    expect(seen.data!.consentRequest).toEqual({ status: 'AUTHORISED', consent: { subject: { id: userId(3) } } });
    expect(errors).toEqual([]);
  });

  test('draws the score history as a line through every kept score, with the same scores in a table', async () => {
    const subject = 5; // past delays on file: an upheld dispute changes the score
    const records = (
      await asConsumer(
        subject,
        `{ me { creditRecords(first: 50) { edges { node { id status } } } creditScore { value } } }`,
      )
    ).me;
    const late = records.creditRecords.edges
      .map((e: { node: { id: string; status: string } }) => e.node)
      .filter((r: { status: string }) => r.status === 'LATE');
    expect(late.length).toBeGreaterThan(0);
    const staff = await asStaff('disputes');
    for (const record of late) {
      const filed = await asConsumer(
        subject,
        `mutation($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`,
        {
          input: { recordId: record.id, reason: 'PAID_ON_TIME', details: 'Paid by transfer before the due date.' },
        },
      );
      const id = filed.disputeCreditRecord.id;
      expect(
        (
          await graphql(
            platform.gatewayUrl,
            `
              mutation ($id: ID!) {
                startDisputeInvestigation(id: $id) {
                  status
                }
              }
            `,
            { id },
            staff,
          )
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await graphql(
            platform.gatewayUrl,
            `
              mutation ($input: ResolveDisputeInput!) {
                resolveDispute(input: $input) {
                  status
                }
              }
            `,
            { input: { id, outcome: 'UPHELD', note: 'Bank confirmed.' } },
            staff,
          )
        ).errors,
      ).toBeUndefined();
    }

    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const { history } = (await asConsumer(subject, `{ me { creditScore { history { value } } } }`)).me.creditScore;
    expect(history.length).toBe(2);
    const chart = page.getByRole('region', { name: 'Your score over time' });
    expect(await chart.locator('.history-point').count()).toBe(2);
    expect((await chart.locator('.history-line').getAttribute('points'))!.split(' ')).toHaveLength(2);
    expect(await chart.getByRole('img').getAttribute('aria-labelledby')).toBe('history-summary');
    expect(await chart.locator('#history-summary').innerText()).toMatch(
      new RegExp(`^2 scores, from ${history[1].value} on .+ to ${history[0].value} on `),
    );
    await chart.getByText('Show the scores as a table').click();
    const cells = await chart.getByRole('row').evaluateAll(columnTexts, 1);
    expect(cells).toEqual(history.map((h: { value: number }) => String(h.value)));
    await chart.screenshot({ path: `${TEST_RESULTS}/web-app-history.png` });
    expect(errors).toEqual([]);
  });

  test('alerts: 11 partner reads show unread with the count, 10 then the older one; "Mark all as read" clears them; the file is frozen against that partner and unfrozen', async () => {
    const subject = 4;
    const lender = 2; // Hanse Kredit
    const readBand = async () =>
      graphql(
        platform.gatewayUrl,
        'query($id: ID!) { user(id: $id) { creditScore { band } } }',
        { id: userId(subject) },
        await asPartner(lender),
      );
    await asConsumer(subject, GRANT, {
      input: { partnerId: partnerId(lender), scopes: ['SCORE_BAND'], purpose: 'Assess a consumer loan.' },
    });
    for (let read = 0; read < 11; read++) {
      const answer = await readBand();
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.user.creditScore.band).toEqual(expect.any(String));
    }
    const feed = (await asConsumer(subject, FEED)).myNotifications;
    const reads = feed.edges.filter(
      ({ node }: { node: { kind: string; read: boolean } }) => node.kind === 'PARTNER_READ' && !node.read,
    );
    expect(reads).toHaveLength(11);
    expect(feed.unreadCount).toBeGreaterThanOrEqual(11);
    expect(feed.totalCount).toBeLessThanOrEqual(20); // one "Show older" shows them all

    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const alerts = page.locator('[data-section="alerts"]');
    const heading = alerts.getByRole('heading', { level: 2 });
    await untilText(heading, `Alerts \\(${feed.unreadCount} unread\\)`);
    const items = alerts.getByRole('listitem');
    expect(await items.count()).toBe(10);
    const newest = items.first();
    expect(await newest.getAttribute('data-alert')).toBe('PARTNER_READ');
    expect(await newest.getByText('Unread', { exact: true }).isVisible()).toBe(true);
    expect(await newest.innerText()).toContain(feed.edges[0].node.message);
    expect(feed.edges[0].node.message).toMatch(/^Hanse Kredit .*score band/);

    await alerts.getByRole('button', { name: 'Show older alerts' }).click();
    await items.nth(10).waitFor();
    expect(await items.count()).toBe(feed.totalCount);
    expect(await items.nth(10).evaluate(isFocused)).toBe(true);
    expect(await alerts.getByRole('button', { name: 'Show older alerts' }).count()).toBe(0);
    expect(await alerts.getByText('Unread', { exact: true }).count()).toBe(feed.unreadCount);

    await alerts.getByRole('button', { name: 'Mark all as read' }).click();
    await untilText(heading, 'Alerts \\(0 unread\\)');
    expect(await alerts.getByText('Unread', { exact: true }).count()).toBe(0);
    expect(await items.count()).toBe(feed.totalCount);
    const news = alerts.getByRole('status');
    expect(await news.innerText()).toBe('All your alerts are marked as read.');
    expect(await news.evaluate(isFocused)).toBe(true);
    expect((await asConsumer(subject, FEED)).myNotifications.unreadCount).toBe(0);

    const freeze = page.getByRole('region', { name: 'Freeze your file' });
    const state = freeze.getByRole('status');
    expect(await state.innerText()).toBe('Your file is not frozen.');
    expect(await freeze.innerText()).toContain('no partner can read your data, not even those you gave consent to');
    // By keyboard: the button keeps the focus as its words change.
    const button = freeze.getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await untilText(state, 'Your file is frozen, since .+\\.');
    expect(await button.innerText()).toBe('Unfreeze my file');
    expect(await button.evaluate(isFocused)).toBe(true);
    // The page is refetched: the freeze's own alert arrives, unread.
    await alerts.locator('[data-alert="FILE_FROZEN"]').getByText('Unread', { exact: true }).waitFor();
    await untilText(heading, 'Alerts \\(1 unread\\)');
    expect(await news.innerText()).toBe(''); // "all read" is no longer true
    await saveScreenshot(page, 'web-app-alerts-frozen', { fullPage: true });

    const frozen = await readBand();
    expect(frozen.data!.user).toEqual({ creditScore: { band: null } });
    expect(codesOf(frozen)).toEqual(['SUBJECT_FROZEN']);

    await freeze.getByRole('button', { name: 'Unfreeze my file' }).click();
    await untilText(state, 'Your file is not frozen\\.');
    const unfrozen = await readBand();
    expect(unfrozen.errors).toBeUndefined();
    expect(unfrozen.data!.user.creditScore.band).toEqual(expect.any(String));
    expect(errors).toEqual([]);
  });

  test('a consumer without alerts is told so, with nothing to mark read, and their file is not frozen', async () => {
    const subject = 2;
    expect((await asConsumer(subject, FEED)).myNotifications.totalCount).toBe(0);
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const alerts = page.getByRole('region', { name: 'Alerts (0 unread)' });
    await alerts.getByText(/^No alerts yet\. You will see here when a partner reads your data/).waitFor();
    expect(await alerts.getByRole('button').count()).toBe(0);
    expect(await alerts.getByRole('listitem').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Freeze your file' }).getByRole('button').innerText()).toBe(
      'Freeze my file',
    );
    expect(errors).toEqual([]);
  });

  test.each([
    ['200% zoom', 640, 450],
    ['400% zoom', 320, 225],
  ])(
    'at %s with larger text, nothing essential is clipped and nothing scrolls sideways',
    async (zoom, width, height) => {
      const { page, errors } = await openPage();
      await page.setViewportSize({ width, height });
      await signInAsDemoConsumer(page, 2);
      const largerText = page.getByRole('button', { name: 'Larger text' });
      // The switch is remembered on this device: an earlier test may have left it on.
      if ((await largerText.getAttribute('aria-pressed')) !== 'true') await largerText.click();
      expect(await largerText.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(rootFontSize)).toBe('24px');

      const layout = await page.evaluate(sidewaysProblems);
      expect(layout).toEqual({
        pageScrollsSideways: false,
        mainScrollsSideways: false,
        pastTheRightEdge: [],
        clipped: [],
      });

      const score = page.getByTestId('score-value');
      expect(await score.isVisible()).toBe(true);
      const box = (await score.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      for (const name of ['Payment history', 'Relationships'])
        expect(await page.getByText(name, { exact: true }).isVisible()).toBe(true);
      await saveScreenshot(page, `web-app-${zoom.replace(/\W+/g, '-')}-larger-text`, { fullPage: true });
      expect(errors).toEqual([]);
    },
  );

  test('in production it mints nothing: a consumer signs in with a pasted token, and signing out forgets it', async () => {
    const production = await startGatewayWith(platform, productionBrowserSettings({ CREDENCE_WEB_APP: 'true' }));
    try {
      const { page, errors } = await openPage();
      await page.goto(`${originOf(production.url)}/app`);
      await page.getByLabel('Your access token').fill('not-a-token');
      expect(await page.getByLabel('Demo consumer').count()).toBe(0);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page
        .getByRole('alert')
        .getByText(/did not accept this sign-in: .*invalid or expired/)
        .waitFor();
      await page.getByRole('button', { name: 'Sign in again' }).click();

      await page.getByLabel('Your access token').fill((await asUser(3)).token!);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('score-value').waitFor();
      const { creditScore } = (await asConsumer(3, SCORE)).me;
      expect(await page.getByTestId('score-value').innerText()).toBe(String(creditScore.value));

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Your access token').waitFor();
      expect(await page.getByTestId('score-value').count()).toBe(0);
      // The refused token's response is the only thing the browser reports.
      expect(errors).toEqual([
        expect.stringMatching(/Failed to load resource: the server responded with a status of 401/),
      ]);
    } finally {
      await production.stop();
    }
  });

  test('asks nothing of any other origin, and the Content-Security-Policy refuses nothing, through sign-in, what-if and revoking', async () => {
    const before = browser.requests.length;
    const { page, errors } = await openPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(reportCspViolations);
    await signInAsDemoConsumer(page, 2);
    await page.getByLabel('Checking account').selectOption('AT_LEAST_200');
    await page.getByTestId('projected-value').waitFor();
    await page.waitForLoadState('networkidle');
    const asked = browser.requests.slice(before);
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

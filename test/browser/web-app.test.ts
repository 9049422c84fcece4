import { readFileSync } from 'node:fs';
import { Locator, Page } from 'playwright-core';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { originOf, productionBrowserSettings, startGatewayWith } from '../support/gateway';
import {
  asPartner,
  asStaff,
  asUser,
  codesOf,
  graphql,
  idAtPartner,
  partnerId,
  userId,
  nodesOf,
} from '../support/graphql';
import { BrowserSession, launchChromium, saveScreenshot, TEST_RESULTS, WatchedPage } from './chromium';
import {
  columnTexts,
  isFocused,
  pageHeight,
  reportCspViolations,
  scrollToBottom,
  rootFontSize,
  sidewaysProblems,
} from './in-page';

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
/** A link the graph gives (absolute, on CREDENCE_PUBLIC_URL), opened on this test's own gateway. */
const onThisServer = (url: string) => {
  const link = new URL(url, 'http://link.invalid');
  return `${origin}${link.pathname}${link.search}`;
};
const CONSENTS = `{ myConsents(first: 100) { edges { node { partner { name } status } } } }`;
const FEED = `{ myNotifications(first: 20) { unreadCount totalCount edges { node { kind message read } } } }`;
const SAVINGS = ['AT_LEAST_1000', 'UNKNOWN_OR_NONE', 'BELOW_100', 'BELOW_500', 'BELOW_1000'];
const SCALE = `{ scoreScale { min max cutOff bands { band min max } } }`;
const THRESHOLD = 'query($id: ID!, $threshold: Int!) { user(id: $id) { scoreAtLeast(threshold: $threshold) } }';

beforeAll(async () => {
  [platform, browser] = await Promise.all([startTestPlatform({ seedLimit: 8 }), launchChromium()]);
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
    { id: idAtPartner(0, userId(1)) },
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

/** Opens /app (or with null, stays on the page as loaded) and signs in through the demo picker, as a developer would. */
async function signInAsDemoConsumer(page: Page, index: number, url: string | null = `${origin}/app`): Promise<void> {
  if (url !== null) await page.goto(url);
  await page.getByLabel('Demo consumer').selectOption(String(index));
  await page.getByRole('button', { name: 'Sign in' }).click();
  // the greeting comes with the whole page (one query), whichever group of it shows
  await page.getByText(/^Signed in as /).waitFor();
}

/** Waits until the element's whole text matches `pattern`, a regular expression's source (the text changes as answers come). */
function untilText(locator: Locator, pattern: string): Promise<void> {
  return locator.filter({ hasText: new RegExp(`^${pattern}$`) }).waitFor();
}

async function openPage(): Promise<WatchedPage> {
  return browser.newPage();
}

describe('the reference consumer page in Chromium', () => {
  test('signed in as a demo consumer, it shows the score, band and probability of default, the bands and cut-off from the graph, and five category bars with relationships at zero and why', async () => {
    // Spree Bikes checked 600 in the set-up: two more thresholds are allowed, the fourth is past its daily limit.
    for (const threshold of [650, 700, 730]) {
      await graphql(platform.gatewayUrl, THRESHOLD, { id: idAtPartner(0, userId(1)), threshold }, await asPartner(0));
    }
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

    const { scoreScale } = await asConsumer(1, SCALE);
    const bands = page.getByTestId('score-bands');
    for (const { band, min, max } of scoreScale.bands) {
      expect(await bands.locator(`[data-band="${band}"]`).innerText()).toContain(`${min} to ${max}`);
    }
    expect(await bands.locator(`[data-band="${creditScore.band}"]`).innerText()).toContain('(your band)');
    expect(await bands.getByText('(your band)').count()).toBe(1);
    const cutOff = await page.getByTestId('score-cut-off').innerText();
    expect(cutOff).toContain(`The cut-off is ${scoreScale.cutOff}`);
    const gap = Math.abs(creditScore.value - scoreScale.cutOff);
    expect(cutOff).toMatch(
      creditScore.value === scoreScale.cutOff
        ? /Your score is exactly at it\./
        : new RegExp(`Your score is ${gap} points? ${creditScore.value > scoreScale.cutOff ? 'above' : 'below'} it\\.`),
    );
    expect(await page.locator('.score-scale').innerText()).toBe(
      `on a scale from ${scoreScale.min} to ${scoreScale.max}`,
    );

    const log = page.getByRole('region', { name: 'Who saw what, when' });
    // one line per read event, what was released and then what was refused and why, with the consent's purpose
    expect(await log.innerText()).toMatch(
      /Spree Bikes checked whether your score is at least 600\. It also asked for your score band; it was refused because you had not given Spree Bikes consent for it\.\s+Reason given: “Waive the bike deposit/,
    );
    expect(await log.innerText()).toContain(
      'Spree Bikes asked whether your score is at least 730; it was refused because Spree Bikes had reached its daily limit of different scores to check.',
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
    // The docs' picture of the page (docs/reference-page.png is a copy of this one).
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
    // A second step, which has the keyboard: nothing is revoked until it is answered.
    const confirmBikes = page.getByRole('button', { name: 'Yes, revoke access for Spree Bikes' });
    await confirmBikes.waitFor();
    expect(await confirmBikes.evaluate(isFocused)).toBe(true);
    const stillActive = nodesOf((await asConsumer(1, CONSENTS)).myConsents)!.filter(
      (c: { partner: { name: string }; status: string }) => c.partner.name === 'Spree Bikes' && c.status === 'ACTIVE',
    );
    expect(stillActive).toHaveLength(1);
    await page.getByRole('button', { name: 'Keep access' }).click();
    expect(await confirmBikes.count()).toBe(0);
    expect(await revokeBikes.evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Enter');
    await confirmBikes.waitFor();
    await page.keyboard.press('Enter');
    const bikes = page.getByRole('listitem', { name: 'Spree Bikes' });
    await untilText(bikes.getByTestId('consent-status'), 'Revoked on .+');
    expect(await revokeBikes.count()).toBe(0);
    // Focus moves to the news rather than falling back to the top of the page.
    expect(await bikes.getByTestId('consent-status').evaluate(isFocused)).toBe(true);
    // A revoked card stays where it was.
    expect(await partners.allInnerTexts()).toEqual(order);

    await page.getByRole('button', { name: 'Revoke access for Hanse Kredit' }).click();
    await page.getByRole('button', { name: 'Yes, revoke access for Hanse Kredit' }).click();
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
    await signInAsDemoConsumer(page, 3, onThisServer(authorisationUrl));
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
    expect(seen.data!.consentRequest).toEqual({
      status: 'AUTHORISED',
      consent: { subject: { id: idAtPartner(3, userId(3)) } },
    });
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

  test('alerts: 12 freezes and unfreezes show unread with the count, 10 then the older two; partner reads are in the access log only; "Mark all as read" clears them; the file is frozen against that partner, with the reason in the log, and unfrozen', async () => {
    const subject = 4;
    const lender = 2; // Hanse Kredit
    const readBand = async () =>
      graphql(
        platform.gatewayUrl,
        'query($id: ID!) { user(id: $id) { creditScore { band } } }',
        { id: idAtPartner(lender, userId(subject)) },
        await asPartner(lender),
      );
    await asConsumer(subject, GRANT, {
      input: { partnerId: partnerId(lender), scopes: ['SCORE_BAND'], purpose: 'Assess a consumer loan.' },
    });
    for (let read = 0; read < 3; read++) {
      const answer = await readBand();
      expect(answer.errors).toBeUndefined();
    }
    for (let toggle = 0; toggle < 6; toggle++) {
      await asConsumer(subject, 'mutation { freezeMyFile { frozen } }');
      await asConsumer(subject, 'mutation { unfreezeMyFile { frozen } }');
    }
    const feed = (await asConsumer(subject, FEED)).myNotifications;
    const kinds = feed.edges.map(({ node }: { node: { kind: string } }) => node.kind);
    expect(kinds.filter((kind: string) => kind === 'PARTNER_READ')).toHaveLength(3);
    const shown = feed.edges.filter(({ node }: { node: { kind: string } }) => node.kind !== 'PARTNER_READ');
    expect(shown.length).toBeGreaterThanOrEqual(12);
    expect(shown.length).toBeLessThanOrEqual(20); // one "Show older" shows them all
    const unread = shown.filter(({ node }: { node: { read: boolean } }) => !node.read).length;

    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const alerts = page.locator('[data-section="alerts"]');
    const heading = alerts.getByRole('heading', { level: 2 });
    await untilText(heading, `Alerts \\(${unread} unread\\)`);
    const navAlerts = page
      .getByRole('navigation', { name: 'Sections of the page' })
      .getByRole('link', { name: /^Alerts/ });
    expect(await navAlerts.innerText()).toBe(`Alerts (${unread} unread)`);
    const items = alerts.getByRole('listitem');
    expect(await items.count()).toBe(10);
    const newest = items.first();
    expect(await newest.getAttribute('data-alert')).toBe('FILE_UNFROZEN');
    expect(await newest.getByText('Unread', { exact: true }).isVisible()).toBe(true);
    expect(await newest.innerText()).toContain(shown[0].node.message);

    await alerts.getByRole('button', { name: 'Show older alerts' }).click();
    await items.nth(10).waitFor();
    expect(await items.count()).toBe(shown.length);
    expect(await items.nth(10).evaluate(isFocused)).toBe(true);
    expect(await alerts.getByRole('button', { name: 'Show older alerts' }).count()).toBe(0);
    expect(await alerts.getByText('Unread', { exact: true }).count()).toBe(unread);
    // The reads are told once, in the access log, not again among the alerts.
    expect(await alerts.locator('[data-alert="PARTNER_READ"]').count()).toBe(0);
    const log = page.getByRole('region', { name: 'Who saw what, when' });
    expect(await log.getByText('Hanse Kredit read your score band.', { exact: true }).count()).toBe(3);

    await alerts.getByRole('button', { name: 'Mark all as read' }).click();
    await untilText(heading, 'Alerts \\(0 unread\\)');
    expect(await navAlerts.innerText()).toBe('Alerts');
    expect(await alerts.getByText('Unread', { exact: true }).count()).toBe(0);
    expect(await items.count()).toBe(shown.length);
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
    await alerts.locator('[data-alert="FILE_FROZEN"]').getByText('Unread', { exact: true }).first().waitFor();
    await untilText(heading, 'Alerts \\(1 unread\\)');
    expect(await news.innerText()).toBe(''); // "all read" is no longer true
    await saveScreenshot(page, 'web-app-alerts-frozen', { fullPage: true });

    const frozen = await readBand();
    expect(frozen.data!.user).toEqual({ creditScore: { band: null } });
    expect(codesOf(frozen)).toEqual(['SUBJECT_FROZEN']);

    await freeze.getByRole('button', { name: 'Unfreeze my file' }).click();
    await untilText(state, 'Your file is not frozen\\.');
    // The refused read is in the log with its reason (the unfreeze refetched the page).
    await log
      .getByText('Hanse Kredit asked for your score band; it was refused because your file was frozen.', {
        exact: true,
      })
      .waitFor();
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
    await alerts.getByText(/^No alerts yet\. You will see here when a partner asks for your consent/).waitFor();
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
  test('a link meant for someone else, or for no request at all, gets the same friendly note, which leaks nothing', async () => {
    const email = (await asConsumer(6, '{ me { contact(unmasked: true) { email } } }')).me.contact.email;
    const addressed = await graphql(
      platform.gatewayUrl,
      `
        mutation Ask($input: RequestConsentInput!) {
          requestConsent(input: $input) {
            id
            authorisationUrl
          }
        }
      `,
      { input: { scopes: ['SCORE_BAND'], purpose: 'Waive the phone deposit.', consumerEmail: email } },
      await asPartner(3),
    );
    expect(addressed.errors).toBeUndefined();
    const notes: string[] = [];
    for (const url of [
      addressed.data!.requestConsent.authorisationUrl,
      '/app/?consentRequest=00000000-0000-4000-8000-000000000000',
    ]) {
      const { page, errors } = await openPage();
      await signInAsDemoConsumer(page, 1, onThisServer(url));
      const note = page.getByTestId('link-not-found');
      await note.waitFor();
      notes.push(await note.innerText());
      expect(await note.innerText()).toMatch(/^This link does not open a request for you/);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/was not found|NOT_FOUND|could not be shown|Elbe Mobil/);
      expect(await page.getByRole('button', { name: /^Yes, let/ }).count()).toBe(0);
      // The rest of the page is there as usual.
      expect(await page.getByTestId('score-value').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    }
    expect(notes[1]).toBe(notes[0]);
  });

  test('a request for what the consumer already lets that partner see asks nothing; one asking for more shows only what is new, and a yes grants it', async () => {
    const subject = 7;
    await asConsumer(subject, GRANT, {
      input: { partnerId: partnerId(3), scopes: ['SCORE_BAND'], purpose: 'Waive the phone deposit.' },
    });
    const ask = async (scopes: string[]) =>
      (
        await graphql(
          platform.gatewayUrl,
          `
            mutation Ask($input: RequestConsentInput!) {
              requestConsent(input: $input) {
                id
                authorisationUrl
              }
            }
          `,
          { input: { scopes, purpose: 'Offer a phone contract.', durationDays: 30 } },
          await asPartner(3),
        )
      ).data!.requestConsent;
    const same = await ask(['SCORE_BAND']);
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject, onThisServer(same.authorisationUrl));
    const card = page.locator(`[data-consent-request="${same.id}"]`);
    await untilText(
      card.getByTestId('request-status'),
      'Nothing to answer: you already let Elbe Mobil see all of this, until .+',
    );
    expect(await card.getByRole('button').count()).toBe(0);

    const more = await ask(['SCORE_BAND', 'SCORE_VALUE']);
    await signInAsDemoConsumer(page, subject, onThisServer(more.authorisationUrl));
    const moreCard = page.locator(`[data-consent-request="${more.id}"]`);
    await moreCard.getByText('You already let Elbe Mobil see:').waitFor();
    const lists = moreCard.locator('.consent-scopes');
    expect(await lists.count()).toBe(2);
    expect(await lists.nth(0).innerText()).toContain('your score band');
    expect(await lists.nth(1).innerText()).not.toContain('your score band');
    expect(await moreCard.getByText('They ask to see as well, for 30 days:').count()).toBe(1);
    await moreCard.getByRole('button', { name: 'Yes, let Elbe Mobil see this' }).click();
    await untilText(moreCard.getByTestId('request-status'), 'You said yes on .+');
    const myConsents = nodesOf(
      (
        await asConsumer(
          subject,
          '{ myConsents(status: ACTIVE, first: 100) { edges { node { partner { name } scopes } } } }',
        )
      ).myConsents,
    );
    expect(myConsents).toContainEqual({ partner: { name: 'Elbe Mobil' }, scopes: ['SCORE_BAND', 'SCORE_VALUE'] });
    expect(errors).toEqual([]);
  });

  test('disputes a record from its line and follows it to the answer; asks for a score review and reads the answer', async () => {
    const subject = 6;
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const records = page.getByRole('region', { name: 'Your credit records' });
    const first = records.locator('[data-record]').first();
    const recordId = (await first.getAttribute('data-record'))!;
    await first.getByRole('button', { name: 'Dispute this record' }).click();
    const form = first.getByRole('form');
    expect(await form.getByLabel('What is wrong').evaluate(isFocused)).toBe(true);
    await form.getByLabel('What is wrong').selectOption('WRONG_AMOUNT');
    await form.getByLabel('In your words').fill('The bill was half this amount; I have the statement.');
    await form.getByRole('button', { name: 'Send dispute' }).click();
    await untilText(first.getByTestId('record-dispute'), 'Your dispute: Received, waiting for staff\\.');
    expect(await first.getByRole('button', { name: 'Dispute this record' }).count()).toBe(0);
    const disputes = page.getByRole('region', { name: 'Your disputes' });
    const filed = disputes.locator('[data-dispute]');
    expect(await filed.count()).toBe(1);
    expect(await filed.innerText()).toContain(
      'The amount is wrong: The bill was half this amount; I have the statement.',
    );
    const stored = nodesOf(
      (
        await asConsumer(
          subject,
          '{ me { disputes(first: 100) { edges { node { id status reason record { id } } } } } }',
        )
      ).me.disputes,
    );
    expect(stored).toEqual([
      {
        id: await filed.getAttribute('data-dispute'),
        status: 'OPEN',
        reason: 'WRONG_AMOUNT',
        record: { id: recordId },
      },
    ]);
    // Undecided, it takes more information: the first within 30 days gives staff 45 days instead of 30.
    await filed.getByRole('button', { name: 'Add information' }).click();
    const adding = filed.getByRole('form', { name: 'Add information to this dispute' });
    expect(await adding.getByLabel('What you want to add').evaluate(isFocused)).toBe(true);
    await adding.getByLabel('What you want to add').fill('The statement is dated 3 March and shows half the amount.');
    await adding.getByRole('button', { name: 'Send information' }).click();
    await untilText(
      filed.getByTestId('dispute-addition'),
      'You added on .+: The statement is dated 3 March and shows half the amount\\.',
    );
    expect(await filed.innerText()).toContain(
      'You added information within 30 days, so they have 45 days instead of 30.',
    );

    const review = page.getByRole('region', { name: 'Ask a person to review your score' });
    await review.getByLabel('What does your score get wrong about you?').fill('My savings are held at another bank.');
    await review.getByRole('button', { name: 'Ask for a review' }).click();
    await untilText(review.getByTestId('review-status'), 'Asked on .+: a person will answer by .+\\.');
    expect(await review.getByRole('button', { name: 'Ask for a review' }).count()).toBe(0);

    const staff = await asStaff('disputes', 'ticket 77: dispute and review');
    const decided = await graphql(
      platform.gatewayUrl,
      `
        mutation ($input: ResolveDisputeInput!) {
          resolveDispute(input: $input) {
            status
          }
        }
      `,
      { input: { id: stored![0].id, outcome: 'REJECTED', note: 'The lender confirmed the amount.' } },
      staff,
    );
    expect(decided.errors).toBeUndefined();
    const reviews = nodesOf(
      (await asConsumer(subject, '{ me { scoreReviews { edges { node { id } } } } }')).me.scoreReviews,
    )!;
    const answered = await graphql(
      platform.gatewayUrl,
      `
        mutation ($id: ID!) {
          resolveScoreReview(id: $id, outcome: CONFIRMED, note: "Your savings were counted correctly.") {
            status
          }
        }
      `,
      { id: reviews[0].id },
      staff,
    );
    expect(answered.errors).toBeUndefined();

    await page.reload();
    await signInAsDemoConsumer(page, subject, null);
    await untilText(filed.getByTestId('dispute-status'), 'Rejected: the record stands');
    expect(await filed.getByTestId('dispute-note').innerText()).toBe(
      'Staff’s answer: “The lender confirmed the amount.”',
    );
    // Decided, the record may be disputed again.
    await page.locator(`[data-record="${recordId}"]`).getByRole('button', { name: 'Dispute this record' }).waitFor();
    await untilText(
      review.getByTestId('review-status'),
      'Answered on .+\\. Your score was checked by a person and stands\\.',
    );
    expect(await review.getByTestId('review-note').innerText()).toBe(
      'The reviewer wrote: “Your savings were counted correctly.”',
    );
    expect(await review.getByRole('button', { name: 'Ask for a review' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('downloads the export as a JSON file; deleting the account asks first, "Keep my account" keeps it, and "Yes" deletes it', async () => {
    const subject = 7;
    const { page, errors } = await openPage();
    await signInAsDemoConsumer(page, subject);
    const exportSection = page.getByRole('region', { name: 'Download your data' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportSection.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^credence-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.subjectId).toBe(userId(subject));
    expect(file.creditHistory.records.length).toBeGreaterThan(0);
    expect(file.consents.length).toBeGreaterThan(0);
    await untilText(
      exportSection.getByTestId('export-status'),
      'Your file was saved by your browser \\(a JSON file\\)\\.',
    );

    const active = (await asConsumer(subject, '{ myConsents(status: ACTIVE) { totalCount } }')).myConsents.totalCount;
    expect(active).toBeGreaterThan(1);
    const deletion = page.getByRole('region', { name: 'Delete your account' });
    await deletion.getByRole('button', { name: 'Delete my account…' }).click();
    const keep = deletion.getByRole('button', { name: 'Keep my account' });
    expect(await keep.evaluate(isFocused)).toBe(true);
    expect((await asConsumer(subject, '{ me { id } }')).me.id).toBe(userId(subject));
    await keep.click();
    expect(await deletion.getByRole('button', { name: 'Yes, delete my account' }).count()).toBe(0);
    expect(await deletion.getByRole('button', { name: 'Delete my account…' }).evaluate(isFocused)).toBe(true);
    expect((await asConsumer(subject, '{ myErasure { requestedAt } }')).myErasure).toBeNull();

    await deletion.getByRole('button', { name: 'Delete my account…' }).click();
    await deletion.getByRole('button', { name: 'Yes, delete my account' }).click();
    const deleted = page.getByTestId('account-deleted');
    await deleted.waitFor();
    expect(await deleted.getByRole('status').innerText()).toMatch(
      new RegExp(`^${active} consents were revoked at once\\. `),
    );
    const grantAfter = await graphql(
      platform.gatewayUrl,
      GRANT,
      { input: { partnerId: partnerId(0), scopes: ['SCORE_BAND'], purpose: 'after deletion' } },
      await asUser(subject),
    );
    expect(codesOf(grantAfter)).toEqual(['UNAUTHENTICATED']);
    await deleted.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Demo consumer').waitFor();
    expect(errors).toEqual([]);
  });

  test('at 390 px wide, a bar of sections stays in view and shows one group at a time; revoking there asks first too', async () => {
    const subject = 8;
    await asConsumer(subject, GRANT, {
      input: { partnerId: partnerId(4), scopes: ['SCORE_BAND'], purpose: 'Pay for furniture in instalments.' },
    });
    const { page, errors } = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsDemoConsumer(page, subject);
    // Measured at the browser's own text size (an earlier test may have left "Larger text" on: it is remembered).
    const largerText = page.getByRole('button', { name: 'Larger text' });
    if ((await largerText.getAttribute('aria-pressed')) === 'true') await largerText.click();
    const nav = page.getByRole('navigation', { name: 'Sections of the page' });
    const links = nav.getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Score', 'Records', 'Sharing', 'Alerts', 'Account']);
    expect(await nav.getByRole('link', { name: 'Score' }).getAttribute('aria-current')).toBe('true');
    const regions: Record<string, string> = {
      Score: 'Your score',
      Records: 'Your credit records',
      Sharing: 'Who may see your data',
      Alerts: 'Alerts (0 unread)',
      Account: 'Delete your account',
    };
    const heights: Record<string, number> = {};
    for (const [label, region] of Object.entries(regions)) {
      await nav.getByRole('link', { name: label }).click();
      expect(await nav.getByRole('link', { name: label }).getAttribute('aria-current')).toBe('true');
      // the keyboard goes to the group chosen (the first is chosen already)
      if (label !== 'Score')
        expect(await page.locator(`[data-group="${label.toLowerCase()}"]`).evaluate(isFocused)).toBe(true);
      expect(page.url()).toMatch(new RegExp(`#${label.toLowerCase()}$`));
      expect(await page.getByRole('region', { name: region, exact: true }).isVisible()).toBe(true);
      for (const [other, otherRegion] of Object.entries(regions)) {
        if (other !== label)
          expect(await page.getByRole('region', { name: otherRegion, exact: true }).isVisible()).toBe(false);
      }
      heights[label] = await page.evaluate(pageHeight);
      await saveScreenshot(page, `web-app-390-${label.toLowerCase()}`, { fullPage: true });
      // At the bottom of the group, the bar is still at the top of the window.
      await page.evaluate(scrollToBottom);
      const box = (await nav.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    console.log(`page height at 390 px by group: ${JSON.stringify(heights)}`);
    // The tallest group is still shorter than the groups one after another, as the page was before it had the bar.
    const total = Object.values(heights).reduce((sum, height) => sum + height, 0);
    expect(Math.max(...Object.values(heights))).toBeLessThan(total / 2);

    // Older records come ten at a time.
    await nav.getByRole('link', { name: 'Records' }).click();
    const records = page.getByRole('region', { name: 'Your credit records' }).locator('[data-record]');
    expect(await records.count()).toBe(10);
    await page.getByRole('button', { name: 'Show older records' }).click();
    await records.nth(10).waitFor();
    expect(await records.count()).toBe(20);
    const layout = await page.evaluate(sidewaysProblems);
    expect(layout.pageScrollsSideways).toBe(false);

    await nav.getByRole('link', { name: 'Sharing' }).click();
    await page.getByRole('button', { name: 'Revoke access for Alster Home' }).click();
    await page.getByRole('button', { name: 'Yes, revoke access for Alster Home' }).click();
    await untilText(page.getByRole('listitem', { name: 'Alster Home' }).getByTestId('consent-status'), 'Revoked on .+');

    // The fragment names the group: a reload opens it.
    await page.reload();
    await signInAsDemoConsumer(page, subject, null);
    await page.getByRole('region', { name: 'Who may see your data' }).waitFor();
    expect(await page.getByRole('region', { name: 'Your score', exact: true }).isVisible()).toBe(false);
    await saveScreenshot(page, 'web-app-390-sharing', { fullPage: true });
    expect(errors).toEqual([]);
  });
});

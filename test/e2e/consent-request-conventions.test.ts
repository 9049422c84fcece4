import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, Caller, codesOf, dataOf, graphql } from '../support/graphql';

const BIKES = 0;
const TRAVEL = 1;
const LENDING = 2;
const REQUEST = `mutation Ask($input: RequestConsentInput!) {
  requestConsent(input: $input) { id status authorisationUrl redirectUri state returnUrl }
}`;
const CANCEL = `mutation Cancel($id: ID!) { cancelConsentRequest(id: $id) { id status cancelledAt } }`;
const APPROVE = `mutation Approve($id: ID!) { approveConsentRequest(id: $id) { id status returnUrl state } }`;
const DECLINE = `mutation Decline($id: ID!) { declineConsentRequest(id: $id) { id status returnUrl } }`;
const ONE = `query One($id: ID!) { consentRequest(id: $id) { id status state returnUrl } }`;
const SET_REDIRECT = `mutation Set($uri: String) { setRedirectUri(redirectUri: $uri) { id redirectUri } }`;

let platform: Platform;
let url = '';
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 40 });
  url = platform.gatewayUrl;
});
afterAll(async () => {
  await platform.stop();
  delete process.env.CREDENCE_PUBLIC_URL;
});

async function emailOf(consumer: number): Promise<string> {
  const me = await graphql(
    url,
    `
      {
        me {
          contact(unmasked: true) {
            email
          }
        }
      }
    `,
    {},
    await asUser(consumer),
  );
  return dataOf(me, 'me').contact.email;
}

async function ask(partner: number, input: Record<string, unknown>, caller?: Caller) {
  const full = { scopes: ['SCORE_BAND'], purpose: 'Waive the bike deposit', ...input };
  return graphql(url, REQUEST, { input: full }, caller ?? (await asPartner(partner)));
}

describe('one question at a time', () => {
  test('a second awaiting request to one consumer for the same scopes is CONSENT_REQUEST_DUPLICATE, naming the first', async () => {
    const email = await emailOf(2);
    const first = dataOf(
      await ask(TRAVEL, { consumerEmail: email, scopes: ['SCORE_BAND', 'PROFILE'] }),
      'requestConsent',
    );
    const again = await ask(TRAVEL, { consumerEmail: email.toUpperCase(), scopes: ['PROFILE', 'SCORE_BAND'] });
    expect(codesOf(again)).toEqual(['CONSENT_REQUEST_DUPLICATE']);
    expect(again.errors![0].extensions!.consentRequestId).toBe(first.id);
    // other scopes, or after cancelling, are new questions
    expect(codesOf(await ask(TRAVEL, { consumerEmail: email, scopes: ['SCORE_BAND'] }))).toEqual([]);
    dataOf(await graphql(url, CANCEL, { id: first.id }, await asPartner(TRAVEL)), 'cancelConsentRequest');
    expect(codesOf(await ask(TRAVEL, { consumerEmail: email, scopes: ['SCORE_BAND', 'PROFILE'] }))).toEqual([]);
  });

  test('an address that is no one’s gets the same answers (nothing tells the partner it is not a consumer’s)', async () => {
    const email = 'nobody.at.all@example.com';
    expect(codesOf(await ask(TRAVEL, { consumerEmail: email }))).toEqual([]);
    expect(codesOf(await ask(TRAVEL, { consumerEmail: email }))).toEqual(['CONSENT_REQUEST_DUPLICATE']);
  });

  test('scopes the consumer already granted the partner are CONSENT_ALREADY_GRANTED, saying which', async () => {
    // demo consumer 1 granted Spree Bikes SCORE_THRESHOLD in the demo data
    const email = await emailOf(1);
    const refused = await ask(BIKES, { consumerEmail: email, scopes: ['SCORE_THRESHOLD', 'SCORE_BAND'] });
    expect(codesOf(refused)).toEqual(['CONSENT_ALREADY_GRANTED']);
    expect(refused.errors![0].extensions!.scopes).toEqual(['SCORE_THRESHOLD']);
    expect(refused.errors![0].message).toMatch(/already granted you SCORE_THRESHOLD/);
    expect(codesOf(await ask(BIKES, { consumerEmail: email, scopes: ['SCORE_BAND'] }))).toEqual([]);
    // another partner holds no such consent
    expect(codesOf(await ask(LENDING, { consumerEmail: email, scopes: ['SCORE_THRESHOLD'] }))).toEqual([]);
  });
});

describe('cancelConsentRequest', () => {
  test('the partner cancels its awaiting request; the consumer can no longer answer it', async () => {
    const created = dataOf(await ask(LENDING, { consumerEmail: await emailOf(3) }), 'requestConsent');
    const partner = await asPartner(LENDING);
    expect(codesOf(await graphql(url, CANCEL, { id: created.id }, await asPartner(BIKES)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await graphql(url, CANCEL, { id: created.id }, await asUser(3)))).toEqual(['FORBIDDEN']);
    const cancelled = dataOf(await graphql(url, CANCEL, { id: created.id }, partner), 'cancelConsentRequest');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String) });
    expect(dataOf(await graphql(url, CANCEL, { id: created.id }, partner), 'cancelConsentRequest')).toEqual(cancelled);
    for (const mutation of [APPROVE, DECLINE]) {
      expect(codesOf(await graphql(url, mutation, { id: created.id }, await asUser(3)))).toEqual([
        'CONSENT_REQUEST_CANCELLED',
      ]);
    }
    expect(dataOf(await graphql(url, ONE, { id: created.id }, await asUser(3)), 'consentRequest').status).toBe(
      'CANCELLED',
    );
  });

  test('an answered request cannot be cancelled', async () => {
    const created = dataOf(await ask(LENDING, { consumerEmail: await emailOf(4) }), 'requestConsent');
    dataOf(await graphql(url, DECLINE, { id: created.id }, await asUser(4)), 'declineConsentRequest');
    expect(codesOf(await graphql(url, CANCEL, { id: created.id }, await asPartner(LENDING)))).toEqual([
      'CONSENT_REQUEST_ANSWERED',
    ]);
  });
});

describe('the way there and back', () => {
  test('authorisationUrl is absolute, on CREDENCE_PUBLIC_URL when it is set', async () => {
    const byDefault = dataOf(await ask(LENDING, {}), 'requestConsent');
    expect(byDefault.authorisationUrl).toBe(`http://127.0.0.1:4000/app/?consentRequest=${byDefault.id}`);
    process.env.CREDENCE_PUBLIC_URL = 'https://credence.example/';
    const configured = dataOf(await ask(LENDING, {}), 'requestConsent');
    expect(configured.authorisationUrl).toBe(`https://credence.example/app/?consentRequest=${configured.id}`);
    delete process.env.CREDENCE_PUBLIC_URL;
  });

  test('the consumer returns to the registered redirectUri with the partner’s state and the outcome', async () => {
    const partner = await asPartner(BIKES);
    const set = dataOf(
      await graphql(url, SET_REDIRECT, { uri: 'https://bikes.example/credence/back?shop=7' }, partner),
      'setRedirectUri',
    );
    expect(set.redirectUri).toBe('https://bikes.example/credence/back?shop=7');
    const state = 'af0ifjsldkj & more';
    const created = dataOf(await ask(BIKES, { consumerEmail: await emailOf(5), state }), 'requestConsent');
    expect(created).toMatchObject({ redirectUri: set.redirectUri, state, returnUrl: null });

    const approved = dataOf(await graphql(url, APPROVE, { id: created.id }, await asUser(5)), 'approveConsentRequest');
    const back = new URL(approved.returnUrl);
    expect(`${back.origin}${back.pathname}`).toBe('https://bikes.example/credence/back');
    expect(Object.fromEntries(back.searchParams)).toEqual({ shop: '7', state, outcome: 'AUTHORISED' });
    expect(approved.state).toBeNull(); // the state is the partner's to read
    const seen = dataOf(await graphql(url, ONE, { id: created.id }, partner), 'consentRequest');
    expect(seen).toMatchObject({ state, returnUrl: approved.returnUrl });

    const declined = dataOf(await ask(BIKES, { consumerEmail: await emailOf(7), state: 's2' }), 'requestConsent');
    const answer = dataOf(await graphql(url, DECLINE, { id: declined.id }, await asUser(7)), 'declineConsentRequest');
    expect(new URL(answer.returnUrl).searchParams.get('outcome')).toBe('REJECTED');
  });

  test('a redirectUri other than the registered one, or a state with none registered, is BAD_USER_INPUT', async () => {
    await graphql(url, SET_REDIRECT, { uri: 'https://bikes.example/credence/back?shop=7' }, await asPartner(BIKES));
    const other = await ask(BIKES, { redirectUri: 'https://evil.example/steal', state: 'x' });
    expect(codesOf(other)).toEqual(['BAD_USER_INPUT']);
    expect(other.errors![0].extensions!.argument).toBe('redirectUri');
    const noneRegistered = await ask(TRAVEL, { state: 'x' });
    expect(codesOf(noneRegistered)).toEqual(['BAD_USER_INPUT']);
    for (const uri of ['http://bikes.example/back', 'https://bikes.example/back#frag', 'not a url']) {
      expect(codesOf(await graphql(url, SET_REDIRECT, { uri }, await asPartner(BIKES)))).toEqual(['BAD_USER_INPUT']);
    }
    const registered = await graphql(
      url,
      `
        mutation R($input: RegisterPartnerInput!) {
          registerPartner(input: $input) {
            redirectUri
          }
        }
      `,
      { input: { name: 'Return Rides', category: 'BIKE_SHARING', redirectUri: 'http://localhost:5173/back' } },
      await asStaff('partners', null),
    );
    expect(dataOf(registered, 'registerPartner').redirectUri).toBe('http://localhost:5173/back');
  });
});

test('a consumer opening a link meant for someone else is told what to do, exactly as for a link that never was', async () => {
  const created = dataOf(await ask(LENDING, { consumerEmail: await emailOf(8) }), 'requestConsent');
  const someoneElse = await asUser(9);
  const theirs = await graphql(url, ONE, { id: created.id }, someoneElse);
  const missing = await graphql(url, ONE, { id: randomUUID() }, someoneElse);
  expect(codesOf(theirs)).toEqual(['NOT_FOUND']);
  expect(theirs.errors![0].message).toMatch(/not open to you.*signed in with the e-mail address/);
  expect(theirs.errors![0].message).not.toContain(created.id);
  expect(missing.errors![0].message).toBe(theirs.errors![0].message);
  const answered = await graphql(url, APPROVE, { id: created.id }, someoneElse);
  expect(answered.errors![0].message).toBe(theirs.errors![0].message);
});

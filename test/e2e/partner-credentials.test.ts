import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { demoClient } from '../../gateway/dev-tokens';
import { Platform } from '../../platform/launcher';
import { PartnerCredential } from '../../subgraphs/users/entities/PartnerCredential';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, codesOf, dataOf, graphql, partnerId } from '../support/graphql';

const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  CREDENCE_JWT_SECRET: randomBytes(32).toString('hex'),
  CREDENCE_INTERNAL_SECRET: randomBytes(32).toString('hex'),
  CREDENCE_PARTNER_ID_KEY: randomBytes(32).toString('hex'),
  CREDENCE_RECEIPT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString(),
};

const REGISTER = `mutation Register($input: RegisterPartnerInput!) { registerPartner(input: $input) { id } }`;
const ISSUE = `mutation Issue($id: ID!) { issuePartnerCredentials(partnerId: $id) { clientId clientSecret issuedAt partner { id name } } }`;
const WHO_AM_I = `{ consentRequestsMadeByMe { edges { node { id } } } myWebhookEndpoint { url } }`;
const REQUEST = `mutation Ask($input: RequestConsentInput!) { requestConsent(input: $input) { id partner { id name } } }`;

interface TokenAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe.each([
  ['development', {}],
  ['production', PRODUCTION_ENV],
] as const)('partner client credentials, in %s', (_mode, env) => {
  const saved = { ...process.env };
  let platform: Platform;
  let tokenUrl = '';

  beforeAll(async () => {
    Object.assign(process.env, env);
    platform = await startTestPlatform({ seedLimit: 5 });
    tokenUrl = new URL('/oauth/token', platform.gatewayUrl).toString();
  });
  afterAll(async () => {
    await platform.stop();
    process.env = saved;
  });

  async function token(
    form: Record<string, string>,
    authorization?: string,
    type = 'application/x-www-form-urlencoded',
  ): Promise<TokenAnswer> {
    const headers: Record<string, string> = { 'content-type': type };
    if (authorization) headers.authorization = authorization;
    const response = await fetch(tokenUrl, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  async function registeredWithCredentials(name: string) {
    const staff = await asStaff('partners', null);
    const { id } = dataOf(
      await graphql(platform.gatewayUrl, REGISTER, { input: { name, category: 'RETAIL' } }, staff),
      'registerPartner',
    );
    const issued = dataOf(await graphql(platform.gatewayUrl, ISSUE, { id }, staff), 'issuePartnerCredentials');
    return { id, ...issued };
  }

  test('staff with the partners role issue credentials once; a token from them acts as that partner', async () => {
    const issued = await registeredWithCredentials('Isar Scooters');
    expect(issued.partner).toEqual({ id: issued.id, name: 'Isar Scooters' });
    expect(issued.clientSecret).toMatch(/^csec_[A-Za-z0-9_-]{43}$/);

    const answer = await token({ grant_type: 'client_credentials' }, basic(issued.clientId, issued.clientSecret));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900 });

    const asked = await graphql(
      platform.gatewayUrl,
      REQUEST,
      { input: { scopes: ['SCORE_BAND'], purpose: 'Check a scooter deposit' } },
      { token: answer.body.access_token as string },
    );
    expect(dataOf(asked, 'requestConsent').partner).toEqual({ id: issued.id, name: 'Isar Scooters' });

    // kept hashed: the table holds no secret
    const row = await platform.databases.users.dataSource
      .getRepository(PartnerCredential)
      .findOneByOrFail({ partnerId: issued.id });
    expect(row.clientId).toBe(issued.clientId);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(issued.clientSecret.slice(5));
  });

  test('the credentials may come in the form instead of HTTP Basic', async () => {
    const issued = await registeredWithCredentials('Havel Ferries');
    const answer = await token({
      grant_type: 'client_credentials',
      client_id: issued.clientId,
      client_secret: issued.clientSecret,
    });
    expect(answer.status).toBe(200);
    const mine = await graphql(platform.gatewayUrl, WHO_AM_I, {}, { token: answer.body.access_token as string });
    expect(mine.errors).toBeUndefined();
  });

  test('a wrong secret, an unknown client or none at all is 401 invalid_client with a challenge', async () => {
    const issued = await registeredWithCredentials('Wannsee Boats');
    for (const answer of [
      await token({ grant_type: 'client_credentials' }, basic(issued.clientId, `${issued.clientSecret}x`)),
      await token({ grant_type: 'client_credentials', client_id: issued.clientId, client_secret: 'csec_wrong' }),
      await token({ grant_type: 'client_credentials' }, basic('cid_nobody', issued.clientSecret)),
      await token({ grant_type: 'client_credentials' }),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('invalid_client');
      expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm="credence"/);
      expect(answer.body).not.toHaveProperty('access_token');
    }
  });

  test('rotating keeps the client id and ends the old secret at once', async () => {
    const first = await registeredWithCredentials('Tegel Taxis');
    const second = dataOf(
      await graphql(platform.gatewayUrl, ISSUE, { id: first.id }, await asStaff('partners', null)),
      'issuePartnerCredentials',
    );
    expect(second.clientId).toBe(first.clientId);
    expect(second.clientSecret).not.toBe(first.clientSecret);
    expect((await token({ grant_type: 'client_credentials' }, basic(first.clientId, first.clientSecret))).status).toBe(
      401,
    );
    expect(
      (await token({ grant_type: 'client_credentials' }, basic(second.clientId, second.clientSecret))).status,
    ).toBe(200);
  });

  test('only staff with the partners role issue credentials, and only for a registered partner', async () => {
    const target = partnerId(0);
    for (const caller of [await asStaff('support'), await asPartner(0), {}]) {
      const refused = await graphql(platform.gatewayUrl, ISSUE, { id: target }, caller);
      expect(codesOf(refused)).toEqual([caller.token ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
    const unknown = await graphql(
      platform.gatewayUrl,
      ISSUE,
      { id: '00000000-0000-4000-8000-000000000000' },
      await asStaff('partners', null),
    );
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });

  test('a demo partner has credentials, as `npm run token -- client bikes` prints them', async () => {
    const { clientId, clientSecret, partner } = demoClient('bikes');
    const answer = await token({ grant_type: 'client_credentials' }, basic(clientId, clientSecret));
    expect(answer.status).toBe(200);
    const asked = await graphql(
      platform.gatewayUrl,
      REQUEST,
      { input: { scopes: ['SCORE_THRESHOLD'], purpose: 'Waive the bike deposit' } },
      { token: answer.body.access_token as string },
    );
    expect(dataOf(asked, 'requestConsent').partner.name).toBe(partner.name);
  });

  test('other grants and other bodies are refused in RFC 6749 words', async () => {
    const { clientId, clientSecret } = demoClient('bikes');
    const auth = basic(clientId, clientSecret);
    expect(await token({ grant_type: 'password' }, auth)).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    expect(await token({}, auth)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await token({ grant_type: 'client_credentials', client_secret: clientSecret }, auth)).toMatchObject({
      status: 400,
      body: { error: 'invalid_request' },
    });
    const json = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });
});

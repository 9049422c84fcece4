import { Platform } from '../../platform/launcher';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { ConsentRequest } from '../../subgraphs/consent/entities/ConsentRequest';
import { Partner } from '../../subgraphs/users/entities/Partner';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, Caller, partnerId } from '../support/graphql';

const REQUEST = `mutation Ask($input: RequestConsentInput!) { requestConsent(input: $input) { id status purpose } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id scopes } }`;
const REGISTER = `mutation Register($input: RegisterPartnerInput!) { registerPartner(input: $input) { id name } }`;

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 10 });
});
afterAll(() => platform.stop());

interface Answer {
  status: number;
  replayed: string | null;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** What the operation answered, without the cost report every answer carries (a replay is charged anew). */
const result = ({ body: { data, errors } }: Answer) => ({ data, errors });

async function send(query: string, variables: Record<string, unknown>, caller: Caller, key?: string): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${caller.token}`,
  };
  if (caller.reason) headers['x-access-reason'] = caller.reason;
  if (key !== undefined) headers['idempotency-key'] = key;
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    body: (await response.json()) as Answer['body'],
  };
}

const requestsWith = (reference: string) =>
  platform.databases.consent.dataSource.getRepository(ConsentRequest).countBy({ reference });
const ask = (reference: string, purpose = 'Waive the bike deposit') => ({
  input: { scopes: ['SCORE_BAND'], purpose, reference },
});

test('the same key and body answer the first answer again, and create nothing more', async () => {
  const partner = await asPartner(0);
  const first = await send(REQUEST, ask('idem-1'), partner, 'key-idem-1');
  expect(first.status).toBe(200);
  expect(first.replayed).toBeNull();
  const again = await send(REQUEST, ask('idem-1'), partner, 'key-idem-1');
  expect(again.status).toBe(200);
  expect(again.replayed).toBe('true');
  expect(result(again)).toEqual(result(first));
  expect(await requestsWith('idem-1')).toBe(1);
});

test('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED, and runs nothing', async () => {
  const partner = await asPartner(0);
  expect((await send(REQUEST, ask('idem-2'), partner, 'key-idem-2')).status).toBe(200);
  const other = await send(REQUEST, ask('idem-2b'), partner, 'key-idem-2');
  expect(other.status).toBe(422);
  expect(other.body.errors?.map((error) => error.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  expect(await requestsWith('idem-2b')).toBe(0);
});

test('twenty requests sent at once with one key create exactly one request, and all get its answer', async () => {
  const partner = await asPartner(1);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => send(REQUEST, ask('idem-3'), partner, 'key-idem-3')),
  );
  expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
  const ids = new Set(answers.map((answer) => answer.body.data?.requestConsent.id));
  expect(ids.size).toBe(1);
  expect(answers.filter((answer) => answer.replayed === null)).toHaveLength(1);
  expect(await requestsWith('idem-3')).toBe(1);
});

test('a consumer’s grant and staff’s registration honour the key too, in every subgraph', async () => {
  const consumer = await asUser(4);
  const grant = { input: { partnerId: partnerId(3), scopes: ['SCORE_BAND'], purpose: 'Phone contract check' } };
  const [a, b] = await Promise.all([send(GRANT, grant, consumer, 'grant-1'), send(GRANT, grant, consumer, 'grant-1')]);
  expect(a.body.data?.grantConsent.id).toBe(b.body.data?.grantConsent.id);
  const consents = await platform.databases.consent.dataSource
    .getRepository(Consent)
    .findBy({ partnerId: partnerId(3), purpose: 'Phone contract check' });
  expect(consents).toHaveLength(1);

  const staff = await asStaff('partners', null);
  const register = { input: { name: 'Idempotent Rides', category: 'BIKE_SHARING' } };
  const first = await send(REGISTER, register, staff, 'register-1');
  const retry = await send(REGISTER, register, staff, 'register-1');
  expect(result(retry)).toEqual(result(first)); // not "already registered"
  expect(await platform.databases.users.dataSource.getRepository(Partner).countBy({ name: 'Idempotent Rides' })).toBe(
    1,
  );
});

test('keys are each viewer’s own; a refusal is the first answer too; a malformed key is refused', async () => {
  const [bikes, travel] = [await asPartner(0), await asPartner(1)];
  await send(REQUEST, ask('idem-5'), bikes, 'shared-key');
  const theirs = await send(REQUEST, ask('idem-5'), travel, 'shared-key');
  expect(theirs.replayed).toBeNull();
  expect(await requestsWith('idem-5')).toBe(2);

  const bad = ask('idem-6', 'no'); // too short a purpose: BAD_USER_INPUT
  const refused = await send(REQUEST, bad, bikes, 'refused-1');
  expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const again = await send(REQUEST, bad, bikes, 'refused-1');
  expect(again.replayed).toBe('true');
  expect(result(again)).toEqual(result(refused));

  const malformed = await send(REQUEST, ask('idem-7'), bikes, 'x'.repeat(256));
  expect(malformed.status).toBe(400);
  expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await requestsWith('idem-7')).toBe(0);
});

import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { WebhookDelivery } from '../../subgraphs/consent/entities/WebhookDelivery';
import { WebhookEndpoint } from '../../subgraphs/consent/entities/WebhookEndpoint';
import { sweepExpiredConsents } from '../../subgraphs/consent/consents/expire-consents';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  idAtPartner,
  partnerId,
  userId,
  nodesOf,
} from '../support/graphql';
import { eventually, Receiver, verify } from '../support/webhook-receiver';

const BIKES = 0;
const LENDING = 2;
const SET = `mutation Set($url: String!) { setWebhookEndpoint(url: $url) { secret endpoint { url enabled partner { id } } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const DELIVERIES = `{ webhookDeliveries(first: 50) { edges { node { id eventType status attempts lastError body } } } }`;

let platform: Platform;
const bikes = new Receiver();
const lending = new Receiver();
const secrets: Record<number, string> = {};
let url = '';

beforeAll(async () => {
  process.env.CREDENCE_WEBHOOK_POLL_MS = '100';
  process.env.CREDENCE_EXPIRY_SWEEP_MS = '100';
  platform = await startTestPlatform();
  url = platform.gatewayUrl;
  for (const [index, receiver] of [
    [BIKES, bikes],
    [LENDING, lending],
  ] as const) {
    const response = await graphql(url, SET, { url: await receiver.start() }, await asPartner(index));
    expect(response.errors).toBeUndefined();
    secrets[index] = response.data!.setWebhookEndpoint.secret;
  }
});
afterAll(async () => {
  await platform.stop();
  await Promise.all([bikes.stop(), lending.stop()]);
  delete process.env.CREDENCE_WEBHOOK_POLL_MS;
  delete process.env.CREDENCE_EXPIRY_SWEEP_MS;
});

async function grant(subject: number, partner: number, scopes = ['SCORE_BAND']) {
  const input = { partnerId: partnerId(partner), scopes, purpose: 'Deposit waiver' };
  const response = await graphql(url, GRANT, { input }, await asUser(subject));
  expect(response.errors).toBeUndefined();
  return response.data!.grantConsent.id as string;
}

const eventFor = (receiver: Receiver, type: string, consentId: string) =>
  receiver.events(type).filter((r) => r.event.data.consentId === consentId);

describe('webhook endpoints', () => {
  test('a partner gets a whsec_ secret once; the endpoint it reads back has none', async () => {
    expect(secrets[BIKES]).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secrets[BIKES].slice(6), 'base64')).toHaveLength(32);
    const mine = await graphql(
      url,
      `
        {
          myWebhookEndpoint {
            url
            enabled
          }
        }
      `,
      {},
      await asPartner(BIKES),
    );
    expect(mine.data!.myWebhookEndpoint).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/hooks$/),
      enabled: true,
    });
    const stored = await platform.databases.consent.dataSource
      .getRepository(WebhookEndpoint)
      .findOneByOrFail({ partnerId: partnerId(BIKES) });
    expect(stored.encryptedSecret).not.toContain(secrets[BIKES].slice(6));
  });

  test.each([
    ['not a url'],
    ['ftp://example.com/hook'],
    ['https://user:pw@example.com/hook'],
    // a partner must not make Credence call the cloud's metadata service or an internal network
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://10.0.0.5/hook'],
    ['http://[fd00::1]/hook'],
  ])('%s is refused with BAD_USER_INPUT', async (bad) => {
    expect(codesOf(await graphql(url, SET, { url: bad }, await asPartner(BIKES)))).toEqual(['BAD_USER_INPUT']);
  });

  test('consumers, anonymous callers and non-compliance staff cannot manage endpoints', async () => {
    expect(codesOf(await graphql(url, SET, { url: 'https://example.com' }, await asUser(1)))).toEqual(['FORBIDDEN']);
    expect(codesOf(await graphql(url, SET, { url: 'https://example.com' }, {}))).toEqual(['UNAUTHENTICATED']);
    expect(
      codesOf(
        await graphql(
          url,
          `
            {
              webhookEndpoints {
                url
              }
            }
          `,
          {},
          await asStaff('support'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codesOf(
        await graphql(
          url,
          `
            {
              webhookEndpoints {
                url
              }
            }
          `,
          {},
          await asPartner(BIKES),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('signed notifications', () => {
  test('a grant and a revocation reach the partner signed, with the consent, subject, scopes and time only; never another partner', async () => {
    const consentId = await grant(20, BIKES, ['SCORE_BAND', 'SCORE_VALUE']);
    const granted = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0]);
    expect(verify(secrets[BIKES], granted.headers, granted.body)).toBe(true);
    expect(verify(secrets[LENDING], granted.headers, granted.body)).toBe(false);
    expect(granted.event).toEqual({
      type: 'consent.granted',
      timestamp: expect.any(String),
      data: { consentId, subjectId: idAtPartner(BIKES, userId(20)), scopes: ['SCORE_BAND', 'SCORE_VALUE'] },
    });
    const revoke = await graphql(
      url,
      `
        mutation R($id: ID!) {
          revokeConsent(id: $id) {
            status
          }
        }
      `,
      { id: consentId },
      await asUser(20),
    );
    expect(revoke.errors).toBeUndefined();
    const revoked = await eventually(() => eventFor(bikes, 'consent.revoked', consentId)[0]);
    expect(verify(secrets[BIKES], revoked.headers, revoked.body)).toBe(true);
    expect(lending.received.filter((r) => r.body.includes(consentId))).toEqual([]);
  });

  test('a replayed delivery is refused: outside the 5-minute window, or with its timestamp moved forward (the signature covers it)', async () => {
    const consentId = await grant(27, BIKES, ['SCORE_BAND']);
    const captured = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0]);
    const sentAt = Number(captured.headers['webhook-timestamp']);
    expect(verify(secrets[BIKES], captured.headers, captured.body, sentAt + 60)).toBe(true);
    expect(verify(secrets[BIKES], captured.headers, captured.body, sentAt + 301)).toBe(false);
    const refreshed = { ...captured.headers, 'webhook-timestamp': String(sentAt + 301) };
    expect(verify(secrets[BIKES], refreshed, captured.body, sentAt + 301)).toBe(false);
    const otherBody = captured.body.replace(consentId, randomUUID());
    expect(verify(secrets[BIKES], captured.headers, otherBody, sentAt)).toBe(false);
  });

  test("a suspended partner is told nothing, consumers' ids included, until it is reinstated; then every notice arrives", async () => {
    const staff = await asStaff('partners', null);
    const suspend = `mutation S($id: ID!) { suspendPartner(id: $id, reason: "Complaint 12: scores resold") { status } }`;
    expect((await graphql(url, suspend, { id: partnerId(BIKES) }, staff)).errors).toBeUndefined();
    const consentId = await grant(34, BIKES);
    const deliveries = platform.databases.consent.dataSource.getRepository(WebhookDelivery);
    const held = await eventually(async () => {
      const rows = await deliveries.findBy({ partnerId: partnerId(BIKES), status: 'PENDING' });
      return rows.find((row) => row.body.includes(consentId) && row.lastError === 'PARTNER_SUSPENDED');
    });
    expect(held).toBeTruthy();
    expect(eventFor(bikes, 'consent.granted', consentId)).toEqual([]);
    // nor does it read the notices itself (their bodies name consumers, this one queued during the
    // suspension), nor move its endpoint or change its secret
    const partner = await asPartner(BIKES);
    const stored = await platform.databases.consent.dataSource
      .getRepository(WebhookEndpoint)
      .findOneByOrFail({ partnerId: partnerId(BIKES) });
    const reads = await graphql(url, DELIVERIES, {}, partner);
    expect(codesOf(reads)).toEqual(['PARTNER_SUSPENDED']);
    expect(JSON.stringify(reads)).not.toContain(consentId);
    for (const id of [userId(34), idAtPartner(BIKES, userId(34))]) expect(JSON.stringify(reads)).not.toContain(id);
    expect(codesOf(await graphql(url, SET, { url: 'http://127.0.0.1:9/elsewhere' }, partner))).toEqual([
      'PARTNER_SUSPENDED',
    ]);
    expect(
      codesOf(
        await graphql(
          url,
          `
            mutation {
              rotateWebhookSecret {
                secret
              }
            }
          `,
          {},
          partner,
        ),
      ),
    ).toEqual(['PARTNER_SUSPENDED']);
    const after = await platform.databases.consent.dataSource
      .getRepository(WebhookEndpoint)
      .findOneByOrFail({ partnerId: partnerId(BIKES) });
    expect({ url: after.url, secret: after.encryptedSecret, updatedAt: after.updatedAt }).toEqual({
      url: stored.url,
      secret: stored.encryptedSecret,
      updatedAt: stored.updatedAt,
    });
    const reinstate = `mutation R($id: ID!) { reinstatePartner(id: $id) { status } }`;
    expect((await graphql(url, reinstate, { id: partnerId(BIKES) }, staff)).errors).toBeUndefined();
    const arrived = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0], 70_000);
    expect(verify(secrets[BIKES], arrived.headers, arrived.body)).toBe(true);
  }, 90_000);

  test('a delivery the receiver refused is retried with the same webhook-id until accepted, and the partner sees its attempts', async () => {
    lending.down = true;
    const consentId = await grant(21, LENDING);
    await eventually(() => eventFor(lending, 'consent.granted', consentId).length >= 2);
    const pending = nodesOf(
      (await graphql(url, DELIVERIES, {}, await asPartner(LENDING))).data!.webhookDeliveries,
    )!.find((d: { body: string }) => d.body.includes(consentId));
    expect(pending).toMatchObject({ status: 'PENDING', lastError: 'HTTP_5XX' });
    lending.down = false;
    const attempts = await eventually(() => {
      const seen = eventFor(lending, 'consent.granted', consentId);
      return seen.length >= 3 && seen;
    });
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    expect(attempts.every((a) => verify(secrets[LENDING], a.headers, a.body))).toBe(true);
    const deliveryOf = async () =>
      nodesOf((await graphql(url, DELIVERIES, {}, await asPartner(LENDING))).data!.webhookDeliveries)!.find(
        (d: { body: string }) => d.body.includes(consentId),
      );
    let delivery = await deliveryOf();
    for (
      const until = Date.now() + 5000;
      delivery.status !== 'DELIVERED' && Date.now() < until;
      delivery = await deliveryOf()
    );
    expect(delivery).toMatchObject({
      id: attempts[0].headers['webhook-id'],
      eventType: 'consent.granted',
      status: 'DELIVERED',
      attempts: attempts.length,
    });
    const others = await graphql(url, DELIVERIES, {}, await asPartner(BIKES));
    expect(JSON.stringify(others.data)).not.toContain(consentId);
  });

  test("a delivery that cannot connect shows the partner UNREACHABLE, never the resolver's or socket's words", async () => {
    const TRAVEL = 1;
    const travel = await asPartner(TRAVEL);
    for (const endpoint of ['http://no-such-host.invalid/hooks', 'http://127.0.0.1:9/hooks']) {
      expect((await graphql(url, SET, { url: endpoint }, travel)).errors).toBeUndefined();
      const consentId = await grant(22, TRAVEL);
      const failed = await eventually(async () => {
        const listed = nodesOf<{ body: string; lastError: string | null }>(
          (await graphql(url, DELIVERIES, {}, travel)).data!.webhookDeliveries,
        )!;
        return listed.find((d) => d.body.includes(consentId) && d.lastError !== null);
      });
      expect(failed.lastError).toBe('UNREACHABLE');
      const everything = JSON.stringify(await graphql(url, DELIVERIES, {}, travel));
      expect(everything).not.toMatch(/ENOTFOUND|ECONNREFUSED|getaddrinfo|127\.0\.0\.1|no-such-host/);
    }
  });

  test('an expired consent produces exactly one consent.expired, however many sweeps run', async () => {
    const id = randomUUID();
    const expiresAt = new Date(Date.now() - 60_000);
    await platform.databases.consent.dataSource.getRepository(Consent).insert(
      Object.assign(new Consent(), {
        id,
        subjectId: userId(22),
        partnerId: partnerId(BIKES),
        scopes: ['SCORE_BAND'],
        purpose: 'expiry test',
        grantedAt: new Date(Date.now() - 86_400_000),
        expiresAt,
        revokedAt: null,
        expiryNotifiedAt: null,
      }),
    );
    const expired = await eventually(() => eventFor(bikes, 'consent.expired', id)[0]);
    expect(expired.event).toEqual({
      type: 'consent.expired',
      timestamp: expiresAt.toISOString(),
      data: { consentId: id, subjectId: idAtPartner(BIKES, userId(22)), scopes: ['SCORE_BAND'] },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // ten more sweeps
    expect(eventFor(bikes, 'consent.expired', id)).toHaveLength(1);
  });

  test('sweeps racing each other (as replicas do) queue an expiry once', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const database = platform.databases.consent;
    await database.dataSource.getRepository(Consent).insert(
      ids.map((id, i) =>
        Object.assign(new Consent(), {
          id,
          subjectId: userId(30 + i),
          partnerId: partnerId(LENDING),
          scopes: ['SCORE_BAND'],
          purpose: 'race test',
          grantedAt: new Date(Date.now() - 86_400_000),
          expiresAt: new Date(Date.now() - 1000),
          revokedAt: null,
          expiryNotifiedAt: null,
        }),
      ),
    );
    const counts = await Promise.all([1, 2, 3, 4].map(() => sweepExpiredConsents(database)));
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ids.length); // the background sweep may take some
    await eventually(() => ids.every((id) => eventFor(lending, 'consent.expired', id).length > 0));
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const id of ids) expect(eventFor(lending, 'consent.expired', id)).toHaveLength(1);
  });

  test('deleting an account tells every partner that held a consent: subject.erased', async () => {
    const consentId = await grant(23, BIKES);
    const erased = await graphql(
      url,
      `
        mutation {
          deleteMyAccount {
            consentsRevoked
          }
        }
      `,
      {},
      await asUser(23),
    );
    expect(erased.errors).toBeUndefined();
    const event = await eventually(() => eventFor(bikes, 'subject.erased', consentId)[0]);
    expect(event.event.data).toEqual({ consentId, subjectId: idAtPartner(BIKES, userId(23)), scopes: ['SCORE_BAND'] });
  });

  const rotate = async (overlapHours?: number) =>
    (
      await graphql(
        url,
        `
          mutation Rotate($overlapHours: Int) {
            rotateWebhookSecret(overlapHours: $overlapHours) {
              secret
              endpoint {
                previousSecretExpiresAt
              }
            }
          }
        `,
        overlapHours === undefined ? {} : { overlapHours },
        await asPartner(BIKES),
      )
    ).data!.rotateWebhookSecret as { secret: string; endpoint: { previousSecretExpiresAt: string | null } };

  test('during a rotation’s overlap deliveries carry both signatures, so either secret verifies', async () => {
    const before = Date.now();
    const { secret, endpoint } = await rotate();
    expect(secret).not.toBe(secrets[BIKES]);
    const overlapEnds = Date.parse(endpoint.previousSecretExpiresAt!);
    expect(overlapEnds).toBeGreaterThanOrEqual(before + 24 * 3600_000 - 1000);
    expect(overlapEnds).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
    const consentId = await grant(39, BIKES);
    const granted = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0]);
    expect(String(granted.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(secret, granted.headers, granted.body)).toBe(true);
    expect(verify(secrets[BIKES], granted.headers, granted.body)).toBe(true);
    secrets[BIKES] = secret;
  });

  test('a rotation with no overlap (overlapHours: 0) signs with the new secret only, from the next delivery', async () => {
    const { secret, endpoint } = await rotate(0);
    expect(endpoint.previousSecretExpiresAt).toBeNull();
    const consentId = await grant(24, BIKES);
    const granted = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0]);
    expect(String(granted.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verify(secret, granted.headers, granted.body)).toBe(true);
    expect(verify(secrets[BIKES], granted.headers, granted.body)).toBe(false);
    secrets[BIKES] = secret;
    const refused = await graphql(
      url,
      `
        mutation {
          rotateWebhookSecret(overlapHours: 169) {
            secret
          }
        }
      `,
      {},
      await asPartner(BIKES),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('compliance staff list endpoints without secrets and disable one; its events wait until the partner sets it again', async () => {
    const compliance = await asStaff('compliance');
    const listed = await graphql(
      url,
      `
        {
          webhookEndpoints {
            url
            enabled
            partner {
              id
            }
          }
        }
      `,
      {},
      compliance,
    );
    expect(listed.data!.webhookEndpoints.map((e: { partner: { id: string } }) => e.partner.id)).toEqual(
      expect.arrayContaining([partnerId(BIKES), partnerId(LENDING)]),
    );
    expect(JSON.stringify(listed)).not.toContain('whsec_');
    const disabled = await graphql(
      url,
      `
        mutation D($id: ID!) {
          disableWebhookEndpoint(partnerId: $id) {
            enabled
          }
        }
      `,
      { id: partnerId(BIKES) },
      compliance,
    );
    expect(disabled.data!.disableWebhookEndpoint.enabled).toBe(false);
    const consentId = await grant(25, BIKES);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(eventFor(bikes, 'consent.granted', consentId)).toEqual([]);
    const reset = await graphql(url, SET, { url: await currentUrl(await asPartner(BIKES)) }, await asPartner(BIKES));
    // its retries were pausing while it was disabled: the next comes within seconds
    const granted = await eventually(() => eventFor(bikes, 'consent.granted', consentId)[0], 70_000);
    expect(verify(reset.data!.setWebhookEndpoint.secret, granted.headers, granted.body)).toBe(true);
  }, 90_000);
});

async function currentUrl(caller: Caller): Promise<string> {
  return (
    await graphql(
      url,
      `
        {
          myWebhookEndpoint {
            url
          }
        }
      `,
      {},
      caller,
    )
  ).data!.myWebhookEndpoint.url;
}

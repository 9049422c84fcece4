import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { Platform } from '../../platform/launcher';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { ConsentReceipt } from '../../subgraphs/consent/entities/ConsentReceipt';
import { sweepExpiredConsents } from '../../subgraphs/consent/consents/expire-consents';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  codesOf,
  graphql,
  idAs,
  idAtPartner,
  partnerId,
  userId,
  nodesOf,
} from '../support/graphql';

const BIKES = 0;
const LENDING = 2;
const CONSENT_FIELDS = `id scopes purpose grantedAt expiresAt revokedAt status partner { id } subject { id } receipt receipts { id event issuedAt jws }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { ${CONSENT_FIELDS} } }`;
const CHANGE = `mutation Change($id: ID!, $input: ChangeConsentInput!) { changeConsent(id: $id, input: $input) { ${CONSENT_FIELDS} } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeConsent(id: $id) { ${CONSENT_FIELDS} } }`;
const MINE = `{ myConsents(first: 100) { edges { node { ${CONSENT_FIELDS} } } } }`;

interface ConsentView {
  id: string;
  scopes: string[];
  purpose: string;
  grantedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  receipt: string | null;
  receipts: { id: string; event: string; issuedAt: string; jws: string }[];
}

let platform: Platform;
let url = '';
let jwks: ReturnType<typeof createRemoteJWKSet>;

beforeAll(async () => {
  platform = await startTestPlatform();
  url = platform.gatewayUrl;
  jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', url));
});
afterAll(() => platform.stop());

async function grant(
  subject: number,
  partner: number,
  scopes = ['SCORE_BAND'],
  purpose = 'Waive the bike deposit',
): Promise<ConsentView> {
  const response = await graphql(
    url,
    GRANT,
    { input: { partnerId: partnerId(partner), scopes, purpose } },
    await asUser(subject),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.grantConsent;
}

async function myConsent(subject: number, id: string): Promise<ConsentView> {
  const response = await graphql(url, MINE, {}, await asUser(subject));
  expect(response.errors).toBeUndefined();
  return nodesOf(response.data!.myConsents)!.find((consent: ConsentView) => consent.id === id);
}

/** Verified the way a partner or consumer would: jose against the published JWKS, over HTTP. */
async function verified(jws: string | null) {
  const { payload, protectedHeader } = await jwtVerify(jws!, jwks, { issuer: 'credence', typ: 'consent-receipt+jwt' });
  return { payload: payload as Record<string, any>, protectedHeader };
}

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

describe('the receipts key set', () => {
  test('GET /.well-known/jwks.json publishes the public ES256 key, cacheable for five minutes, readable from any origin, with no private part', async () => {
    const response = await fetch(new URL('/.well-known/jwks.json', url), {
      headers: { origin: 'https://verifier.example' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await response.json()) as { keys: Record<string, string>[] };
    expect(body.keys.length).toBeGreaterThanOrEqual(1);
    for (const key of body.keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key.d).toBeUndefined();
    }
  });
});

describe('consent receipts', () => {
  test('a grant gives a receipt that verifies against the JWKS and states the consent: subject, partner, scopes, purpose and times', async () => {
    const consent = await grant(40, BIKES, ['SCORE_BAND', 'SCORE_THRESHOLD']);
    expect(consent.receipts).toEqual([
      { id: expect.any(String), event: 'GIVEN', issuedAt: expect.any(String), jws: consent.receipt },
    ]);
    const { payload, protectedHeader } = await verified(consent.receipt);
    const published = (await (await fetch(new URL('/.well-known/jwks.json', url))).json()) as {
      keys: { kid: string }[];
    };
    expect(protectedHeader).toEqual({ alg: 'ES256', kid: published.keys[0].kid, typ: 'consent-receipt+jwt' });
    expect(payload).toMatchObject({
      iss: 'credence',
      sub: userId(40),
      jti: consent.receipts[0].id,
      consentReceiptID: consent.receipts[0].id,
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'EU',
      language: 'en',
      collectionMethod: 'consumer grant',
      consentTimestamp: seconds(consent.grantedAt),
      piiPrincipalId: userId(40),
      piiControllers: [
        {
          piiController: 'Credence',
          contact: expect.any(String),
          address: expect.any(String),
          email: expect.stringContaining('@'),
          phone: expect.any(String),
        },
      ],
      policyUrl: expect.stringMatching(/^https:\/\//),
      sensitive: false,
      services: [
        {
          service: expect.any(String),
          purposes: [
            {
              purpose: 'Waive the bike deposit',
              consentType: 'EXPLICIT',
              piiCategory: ['SCORE_BAND', 'SCORE_THRESHOLD'],
              primaryPurpose: true,
              termination: consent.expiresAt,
              thirdPartyDisclosure: true,
              thirdPartyName: partnerId(BIKES),
            },
          ],
        },
      ],
      consentEvent: {
        eventType: 'given',
        eventTime: consent.grantedAt,
        consentId: consent.id,
        consentStatus: 'active',
        grantedAt: consent.grantedAt,
        expiresAt: consent.expiresAt,
        revokedAt: null,
      },
    });
    expect(payload.iat).toBe(seconds(consent.receipts[0].issuedAt));
  });

  test("approving a partner's consent request gives a GIVEN receipt collected by partner request", async () => {
    const asked = await graphql(
      url,
      `
        mutation Ask($input: RequestConsentInput!) {
          requestConsent(input: $input) {
            id
          }
        }
      `,
      { input: { scopes: ['SCORE_BAND'], purpose: 'Waive the bike deposit', durationDays: 30 } },
      await asPartner(BIKES),
    );
    expect(asked.errors).toBeUndefined();
    const approved = await graphql(
      url,
      `mutation Approve($id: ID!) { approveConsentRequest(id: $id) { consent { ${CONSENT_FIELDS} } } }`,
      { id: asked.data!.requestConsent.id },
      await asUser(12),
    );
    expect(approved.errors).toBeUndefined();
    const consent: ConsentView = approved.data!.approveConsentRequest.consent;
    expect(consent.receipts.map((r) => r.event)).toEqual(['GIVEN']);
    const { payload } = await verified(consent.receipt);
    expect(payload).toMatchObject({ collectionMethod: 'partner request', piiPrincipalId: userId(12), sub: userId(12) });
    expect(payload.consentEvent).toMatchObject({ eventType: 'given', consentId: consent.id });
  });

  test('a revocation adds a WITHDRAWN receipt, newest first, that shows when the consent was revoked', async () => {
    const consent = await grant(41, BIKES);
    const revoked = (await graphql(url, REVOKE, { id: consent.id }, await asUser(41))).data!
      .revokeConsent as ConsentView;
    expect(revoked.receipts.map((r) => r.event)).toEqual(['WITHDRAWN', 'GIVEN']);
    expect(revoked.receipt).toBe(revoked.receipts[0].jws);
    const { payload } = await verified(revoked.receipt);
    expect(payload.consentEvent).toEqual({
      eventType: 'withdrawn',
      eventTime: revoked.revokedAt,
      consentId: consent.id,
      consentStatus: 'revoked',
      grantedAt: consent.grantedAt,
      expiresAt: consent.expiresAt,
      revokedAt: revoked.revokedAt,
    });
    expect(payload.consentTimestamp).toBe(seconds(revoked.revokedAt!));
    // revoking again changes nothing and issues nothing
    const again = (await graphql(url, REVOKE, { id: consent.id }, await asUser(41))).data!.revokeConsent as ConsentView;
    expect(again.receipts).toHaveLength(2);
  });

  test('an expiry noticed by the sweep adds an EXPIRED receipt dated at the expiry', async () => {
    const consent = await grant(42, LENDING);
    const expiresAt = new Date(Date.now() - 60_000);
    await platform.databases.consent.dataSource.getRepository(Consent).update({ id: consent.id }, { expiresAt });
    await sweepExpiredConsents(platform.databases.consent);
    const expired = await myConsent(42, consent.id);
    expect(expired.receipts.map((r) => r.event)).toEqual(['EXPIRED', 'GIVEN']);
    const { payload } = await verified(expired.receipt);
    expect(payload.consentEvent).toMatchObject({
      eventType: 'expired',
      eventTime: expiresAt.toISOString(),
      consentStatus: 'expired',
      expiresAt: expiresAt.toISOString(),
    });
    expect(payload.services[0].purposes[0].termination).toBe(expiresAt.toISOString());
    await sweepExpiredConsents(platform.databases.consent);
    expect((await myConsent(42, consent.id)).receipts).toHaveLength(2);
  });

  test('a tampered receipt, or one signed by another key under the same kid, fails verification', async () => {
    const consent = await grant(43, BIKES);
    const [header, , signature] = consent.receipt!.split('.');
    const claims = decodeJwt(consent.receipt!);
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, piiPrincipalId: userId(44), sub: userId(44) })).toString(
      'base64url',
    );
    await expect(verified(`${header}.${forgedBody}.${signature}`)).rejects.toThrow('signature verification failed');
    const other = await generateKeyPair('ES256');
    const forged = await new SignJWT(claims)
      .setProtectedHeader(decodeProtectedHeader(consent.receipt!) as { alg: string })
      .sign(other.privateKey);
    await expect(verified(forged)).rejects.toThrow('signature verification failed');
    await expect(verified(consent.receipt)).resolves.toBeDefined();
  });
});

describe('changing a consent', () => {
  test('the consumer narrows the scopes and shortens the expiry: an AMENDED receipt, and consent.changed queued for the partner', async () => {
    const setEndpoint = await graphql(
      url,
      `
        mutation {
          setWebhookEndpoint(url: "http://127.0.0.1:9/hooks") {
            secret
          }
        }
      `,
      {},
      await asPartner(LENDING),
    );
    expect(setEndpoint.errors).toBeUndefined();
    const consent = await grant(45, LENDING, ['SCORE_VALUE', 'SCORE_BAND']);
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const response = await graphql(
      url,
      CHANGE,
      { id: consent.id, input: { scopes: ['SCORE_BAND'], expiresAt } },
      await asUser(45),
    );
    expect(response.errors).toBeUndefined();
    const changed = response.data!.changeConsent as ConsentView;
    expect(changed).toMatchObject({
      scopes: ['SCORE_BAND'],
      expiresAt,
      grantedAt: consent.grantedAt,
      purpose: consent.purpose,
    });
    expect(changed.receipts.map((r) => r.event)).toEqual(['AMENDED', 'GIVEN']);
    const { payload } = await verified(changed.receipt);
    expect(payload.services[0].purposes[0]).toMatchObject({ piiCategory: ['SCORE_BAND'], termination: expiresAt });
    expect(payload.consentEvent).toMatchObject({
      eventType: 'amended',
      consentStatus: 'active',
      grantedAt: consent.grantedAt,
      expiresAt,
    });
    const deliveries = await graphql(
      url,
      `
        {
          webhookDeliveries(first: 50) {
            edges {
              node {
                eventType
                body
              }
            }
          }
        }
      `,
      {},
      await asPartner(LENDING),
    );
    const notice = nodesOf(deliveries.data!.webhookDeliveries)!.find(
      (d: { eventType: string; body: string }) => d.eventType === 'consent.changed' && d.body.includes(consent.id),
    );
    expect(JSON.parse(notice.body)).toEqual({
      type: 'consent.changed',
      timestamp: expect.any(String),
      data: { consentId: consent.id, subjectId: idAtPartner(LENDING, userId(45)), scopes: ['SCORE_BAND'] },
    });
    // only the scopes: the expiry stays
    const scopesOnly = (
      await graphql(url, CHANGE, { id: consent.id, input: { scopes: ['SCORE_THRESHOLD'] } }, await asUser(45))
    ).data!.changeConsent;
    expect(scopesOnly).toMatchObject({ scopes: ['SCORE_THRESHOLD'], expiresAt });
  });

  test('a change is held to the grant rules: no empty scopes, no expiry past the maximum or in the past, something to change', async () => {
    const consent = await grant(46, BIKES);
    const caller = await asUser(46);
    const tooLate = new Date(Date.now() + 400 * 86_400_000).toISOString();
    for (const [input, argument] of [
      [{ scopes: [] }, 'scopes'],
      [{ expiresAt: tooLate }, 'expiresAt'],
      [{ expiresAt: new Date(Date.now() - 1000).toISOString() }, 'expiresAt'],
      [{}, 'input'],
    ] as const) {
      const response = await graphql(url, CHANGE, { id: consent.id, input }, caller);
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.argument).toBe(argument);
    }
    expect((await myConsent(46, consent.id)).receipts).toHaveLength(1);
  });

  test("an expiry that is not a DateTime is the caller's error (BAD_USER_INPUT), not an internal one", async () => {
    const consent = await grant(49, BIKES);
    for (const expiresAt of ['next tuesday', '2026-13-45T00:00:00Z']) {
      const response = await graphql(url, CHANGE, { id: consent.id, input: { expiresAt } }, await asUser(49));
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(/DateTime must be an ISO-8601 string/);
    }
  });

  test("a revoked or expired consent cannot be changed (BAD_USER_INPUT on id); another consumer's is NOT_FOUND, worded as a missing one", async () => {
    const revoked = await grant(47, BIKES);
    await graphql(url, REVOKE, { id: revoked.id }, await asUser(47));
    const onRevoked = await graphql(url, CHANGE, { id: revoked.id, input: { scopes: ['PROFILE'] } }, await asUser(47));
    expect(codesOf(onRevoked)).toEqual(['BAD_USER_INPUT']);
    expect(onRevoked.errors![0]).toMatchObject({
      message: expect.stringContaining('is revoked'),
      extensions: { argument: 'id' },
    });
    const expired = await grant(47, LENDING);
    await platform.databases.consent.dataSource
      .getRepository(Consent)
      .update({ id: expired.id }, { expiresAt: new Date(Date.now() - 1000) });
    const onExpired = await graphql(url, CHANGE, { id: expired.id, input: { scopes: ['PROFILE'] } }, await asUser(47));
    expect(onExpired.errors![0].message).toContain('is expired');
    const stored = await platform.databases.consent.dataSource
      .getRepository(Consent)
      .findOneByOrFail({ id: revoked.id });
    expect(stored.scopes).toEqual(['SCORE_BAND']);

    const others = await graphql(url, CHANGE, { id: revoked.id, input: { scopes: ['PROFILE'] } }, await asUser(48));
    const missingId = '00000000-0000-4000-8000-000000000000';
    const missing = await graphql(url, CHANGE, { id: missingId, input: { scopes: ['PROFILE'] } }, await asUser(48));
    expect(codesOf(others)).toEqual(['NOT_FOUND']);
    expect(others.errors![0].message).toBe(missing.errors![0].message.replace(missingId, revoked.id));
    expect(
      codesOf(await graphql(url, CHANGE, { id: revoked.id, input: { scopes: ['PROFILE'] } }, await asPartner(BIKES))),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('who reads receipts', () => {
  test('the partner holding the consent reads its receipts; another partner never sees them; another consumer is refused', async () => {
    const consent = await grant(50, BIKES);
    const held = await graphql(
      url,
      `
        {
          consentsHeldByMe(first: 100) {
            edges {
              node {
                id
                receipt
                receipts {
                  event
                }
              }
            }
          }
        }
      `,
      {},
      await asPartner(BIKES),
    );
    const theirs = nodesOf(held.data!.consentsHeldByMe)!.find((c: { id: string }) => c.id === consent.id);
    expect(theirs).toEqual({ id: consent.id, receipt: expect.any(String), receipts: [{ event: 'GIVEN' }] });
    // the partner's copy of the consumer's receipt: the same claims, the consumer named by the partner's own id
    const partnerId50 = idAtPartner(BIKES, userId(50));
    expect((await jwtVerify(theirs.receipt, jwks)).payload).toEqual({
      ...decodeJwt(consent.receipt!),
      sub: partnerId50,
      piiPrincipalId: partnerId50,
    });
    const otherPartner = await graphql(
      url,
      `
        {
          consentsHeldByMe(first: 100) {
            edges {
              node {
                id
                receipt
              }
            }
          }
        }
      `,
      {},
      await asPartner(LENDING),
    );
    expect(JSON.stringify(otherPartner.data)).not.toContain(consent.id);
    expect(JSON.stringify(otherPartner.data)).not.toContain(consent.receipt);
    const query = `query Theirs($id: ID!) { user(id: $id) { consents { edges { node { id receipt receipts { jws } } } } } }`;
    for (const caller of [await asUser(51), await asPartner(BIKES)]) {
      const response = await graphql(url, query, { id: idAs(caller, userId(50)) }, caller);
      expect(codesOf(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response.data)).not.toContain(consent.receipt);
    }
    const staff = await graphql(url, query, { id: userId(50) }, await asStaff('support'));
    expect(nodesOf(staff.data!.user.consents)!.find((c: { id: string }) => c.id === consent.id).receipt).toBe(
      consent.receipt,
    );
  });

  test('the receipts of a list of consents load in one batch: the same statements for one consent as for four', async () => {
    await grant(52, BIKES);
    for (const partner of [0, 1, 2, 3]) await grant(53, partner);
    await graphql(
      url,
      `
        mutation R($id: ID!) {
          revokeConsent(id: $id) {
            id
          }
        }
      `,
      { id: (await myConsentsOf(53))[0].id },
      await asUser(53),
    );
    const statementsFor = async (subject: number) => {
      const caller = await asUser(subject);
      const before = platform.databases.consent.queries.count;
      const response = await graphql(url, MINE, {}, caller);
      expect(response.errors).toBeUndefined();
      return {
        statements: platform.databases.consent.queries.count - before,
        consents: nodesOf<ConsentView>(response.data!.myConsents)!,
      };
    };
    const one = await statementsFor(52);
    const four = await statementsFor(53);
    expect(one.consents).toHaveLength(1);
    expect(four.consents).toHaveLength(4);
    expect(four.consents.every((c) => c.receipt === c.receipts[0].jws && c.receipts.length >= 1)).toBe(true);
    expect(four.statements).toBe(one.statements);
  });
});

async function myConsentsOf(subject: number): Promise<ConsentView[]> {
  return nodesOf((await graphql(url, MINE, {}, await asUser(subject))).data!.myConsents)!;
}

describe("receipts and the consumer's rights", () => {
  test('the export holds every receipt; an erasure deletes them, since each names the subject', async () => {
    const consent = await grant(55, BIKES);
    await graphql(url, REVOKE, { id: consent.id }, await asUser(55));
    const exported = await graphql(
      url,
      `
        {
          exportMyData {
            consentReceipts
          }
        }
      `,
      {},
      await asUser(55),
    );
    expect(exported.errors).toBeUndefined();
    const receipts = exported.data!.exportMyData.consentReceipts as { consentId: string; event: string; jws: string }[];
    expect(receipts.map((r) => [r.consentId, r.event])).toEqual([
      [consent.id, 'WITHDRAWN'],
      [consent.id, 'GIVEN'],
    ]);
    await verified(receipts[0].jws);
    const repository = platform.databases.consent.dataSource.getRepository(ConsentReceipt);
    expect(await repository.countBy({ consentId: consent.id })).toBe(2);
    expect(
      (
        await graphql(
          url,
          `
            mutation {
              deleteMyAccount {
                consentsRevoked
              }
            }
          `,
          {},
          await asUser(55),
        )
      ).errors,
    ).toBeUndefined();
    expect(await repository.countBy({ consentId: consent.id })).toBe(0);
    expect(await repository.countBy({ subjectId: userId(55) })).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { INTERNAL_CREDENTIAL_EXTENSION, signInternalCredential } from '../../shared/trust/internal-auth';
import { internalSecret } from '../../shared/trust/secrets';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  nodesOf,
  idAs,
  partnerId,
  userId,
} from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 120 });
});
afterAll(() => platform.stop());

const BIKES = 0; // Spree Bikes
const LENDING = 2; // Hanse Kredit

const SCORE = `query Score($id: ID!) { user(id: $id) { id creditScore { value band probabilityOfDefault modelVersion } } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id status scopes expiresAt partner { id name } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeConsent(id: $id) { id status revokedAt } }`;

async function grant(subject: number, partner: number, scopes: string[], extra: Record<string, unknown> = {}) {
  const response = await graphql(
    platform.gatewayUrl,
    GRANT,
    { input: { partnerId: partnerId(partner), scopes, purpose: 'Deposit waiver for bike rental', ...extra } },
    await asUser(subject),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.grantConsent as { id: string; status: string; expiresAt: string };
}

const scoreAs = async (subject: number, caller: Caller) =>
  graphql(platform.gatewayUrl, SCORE, { id: idAs(caller, userId(subject)) }, caller);

/** A denied guarded field is null, with the code and the field's path, and no trace of the value. */
function expectDenied(response: Awaited<ReturnType<typeof scoreAs>>, code: string, fields: string[]) {
  for (const field of fields) {
    expect(response.data!.user.creditScore[field]).toBeNull();
    const error = response.errors!.find((e) => e.path?.join('.') === `user.creditScore.${field}`);
    expect(error?.extensions?.code).toBe(code);
  }
}

describe('who may read a score', () => {
  test('the subject reads their own score', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditScore {
              value
              band
            }
          }
        }
      `,
      {},
      await asUser(10),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.me.creditScore.value).toEqual(expect.any(Number));
  });

  test('a partner holding a consent for the scope reads it', async () => {
    await grant(11, BIKES, ['SCORE_VALUE', 'SCORE_BAND']);
    const response = await scoreAs(11, await asPartner(BIKES));
    expect(response.errors).toBeUndefined();
    expect(response.data!.user.creditScore.value).toEqual(expect.any(Number));
    expect(response.data!.user.creditScore.band).toEqual(expect.any(String));
  });

  test('a partner without any consent gets CONSENT_REQUIRED and no value, while siblings resolve', async () => {
    const response = await scoreAs(12, await asPartner(BIKES));
    expectDenied(response, 'CONSENT_REQUIRED', ['value', 'band', 'probabilityOfDefault', 'modelVersion']);
    expect(response.data!.user.id).toBe(idAs(await asPartner(BIKES), userId(12)));
    expect(JSON.stringify(response)).not.toMatch(/"value":\d/);
  });

  test('a revoked consent stops working on the very next request', async () => {
    const consent = await grant(13, BIKES, ['SCORE_VALUE']);
    expect((await scoreAs(13, await asPartner(BIKES))).data!.user.creditScore.value).toEqual(expect.any(Number));
    const revoked = await graphql(platform.gatewayUrl, REVOKE, { id: consent.id }, await asUser(13));
    expect(revoked.data!.revokeConsent.status).toBe('REVOKED');
    expectDenied(await scoreAs(13, await asPartner(BIKES)), 'CONSENT_REQUIRED', ['value']);
  });

  test('an expired consent is refused', async () => {
    const now = Date.now();
    await platform.databases.consent.dataSource.getRepository(Consent).insert(
      Object.assign(new Consent(), {
        id: randomUUID(),
        subjectId: userId(14),
        partnerId: partnerId(BIKES),
        scopes: ['SCORE_VALUE'],
        purpose: 'expired test consent',
        grantedAt: new Date(now - 10 * 86_400_000),
        expiresAt: new Date(now - 86_400_000),
        revokedAt: null,
      }),
    );
    expectDenied(await scoreAs(14, await asPartner(BIKES)), 'CONSENT_REQUIRED', ['value']);
  });

  test('a consent for another scope does not open this one', async () => {
    await grant(15, BIKES, ['SCORE_BAND']);
    const response = await scoreAs(15, await asPartner(BIKES));
    expect(response.data!.user.creditScore.band).toEqual(expect.any(String));
    expectDenied(response, 'CONSENT_REQUIRED', ['value', 'probabilityOfDefault']);
  });

  test('a consent granted to another partner does not open it for this one', async () => {
    await grant(16, LENDING, ['SCORE_VALUE', 'SCORE_BAND']);
    expectDenied(await scoreAs(16, await asPartner(BIKES)), 'CONSENT_REQUIRED', ['value', 'band']);
  });

  test('the threshold scope answers yes or no and nothing more', async () => {
    await grant(17, BIKES, ['SCORE_THRESHOLD']);
    const own = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditScore {
              value
            }
          }
        }
      `,
      {},
      await asUser(17),
    );
    const value = own.data!.me.creditScore.value as number;
    const response = await graphql(
      platform.gatewayUrl,
      `
        query T($id: ID!, $below: Int!, $above: Int!) {
          user(id: $id) {
            low: scoreAtLeast(threshold: $below)
            high: scoreAtLeast(threshold: $above)
            creditScore {
              value
              band
            }
          }
        }
      `,
      { id: idAs(await asPartner(BIKES), userId(17)), below: value, above: value + 1 },
      await asPartner(BIKES),
    );
    expect(response.data!.user.low).toBe(true);
    expect(response.data!.user.high).toBe(false);
    expectDenied(response, 'CONSENT_REQUIRED', ['value', 'band']);
  });

  test('an anonymous caller is UNAUTHENTICATED', async () => {
    const response = await scoreAs(18, {});
    expect(response.data?.user ?? null).toBeNull();
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
  });

  test('another consumer is FORBIDDEN', async () => {
    expectDenied(await scoreAs(19, await asUser(20)), 'FORBIDDEN', ['value']);
  });

  test('staff read with an allowed role and a stated reason, and not otherwise', async () => {
    expect(
      (await scoreAs(21, await asStaff('support', 'ticket 77: customer asked why'))).data!.user.creditScore.value,
    ).toEqual(expect.any(Number));
    expectDenied(await scoreAs(21, await asStaff('support', null)), 'FORBIDDEN', ['value']);
    expectDenied(await scoreAs(21, await asStaff('engineer', 'debugging')), 'FORBIDDEN', ['value']);
  });

  test('in a mixed list, values come back exactly for the consenting users', async () => {
    const bikes = await asPartner(BIKES);
    const subjects = [30, 31, 32, 33, 34, 35];
    const consenting = new Set([31, 33, 34]);
    for (const subject of consenting) await grant(subject, BIKES, ['SCORE_VALUE']);
    const response = await graphql(
      platform.gatewayUrl,
      `
        query Many($ids: [ID!]!) {
          usersByIds(ids: $ids) {
            id
            creditScore {
              value
            }
          }
        }
      `,
      { ids: subjects.map((s) => idAs(bikes, userId(s))) },
      bikes,
    );
    const values = response.data!.usersByIds.map((u: { creditScore: { value: number | null } }) => u.creditScore.value);
    subjects.forEach((subject, i) => {
      if (consenting.has(subject)) expect(values[i]).toEqual(expect.any(Number));
      else expect(values[i]).toBeNull();
    });
    const deniedPaths = response
      .errors!.filter((e) => e.extensions?.code === 'CONSENT_REQUIRED')
      .map((e) => e.path!.join('.'));
    expect(deniedPaths.sort()).toEqual(
      subjects
        .map((s, i) => (consenting.has(s) ? null : `usersByIds.${i}.creditScore.value`))
        .filter(Boolean)
        .sort(),
    );
  });
});

describe('the access log', () => {
  const LOG = `{ me { accessLog(first: 100) { totalCount edges { node { viewerKind partner { name } staffRole outcome purpose summary fields { field scope outcome denialCode } } } } } }`;
  const logOf = async (subject: number) => {
    const response = await graphql(platform.gatewayUrl, LOG, {}, await asUser(subject));
    expect(response.errors).toBeUndefined();
    return response.data!.me.accessLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
  };
  const field = (name: string, outcome: string, denialCode: string | null = null) =>
    expect.objectContaining({ field: name, outcome, denialCode });

  test('shows allowed partner reads with the consent purpose, and denied ones with their code: one entry per request', async () => {
    const entries = await logOf(13); // read once with a SCORE_VALUE consent, then again after revocation
    expect(entries).toEqual([
      expect.objectContaining({
        viewerKind: 'PARTNER',
        outcome: 'DENIED',
        purpose: null,
        fields: ['value', 'band', 'probabilityOfDefault', 'modelVersion'].map((name) =>
          field(`CreditScore.${name}`, 'DENIED', 'CONSENT_REQUIRED'),
        ),
        summary:
          'Spree Bikes asked for your score, your probability of default and your score band; they were refused because you had not given Spree Bikes consent for them.',
      }),
      expect.objectContaining({
        viewerKind: 'PARTNER',
        partner: { name: 'Spree Bikes' },
        outcome: 'ALLOWED',
        purpose: 'Deposit waiver for bike rental',
        fields: expect.arrayContaining([
          field('CreditScore.value', 'ALLOWED'),
          field('CreditScore.band', 'DENIED', 'CONSENT_REQUIRED'),
          field('CreditScore.probabilityOfDefault', 'ALLOWED'),
        ]),
        summary:
          'Spree Bikes read your score and your probability of default. It also asked for your score band; it was refused because you had not given Spree Bikes consent for it.',
      }),
    ]);
  });

  test('shows staff reads with role and reason, and refused staff reads', async () => {
    const entries = await logOf(21);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          viewerKind: 'STAFF',
          staffRole: 'support',
          outcome: 'ALLOWED',
          purpose: 'ticket 77: customer asked why',
        }),
        expect.objectContaining({
          viewerKind: 'STAFF',
          staffRole: 'engineer',
          outcome: 'DENIED',
          purpose: 'debugging',
          fields: expect.arrayContaining([field('CreditScore.value', 'DENIED', 'FORBIDDEN')]),
        }),
      ]),
    );
  });

  test("shows anonymous and other consumers' attempts, but not the subject's own reads unless asked", async () => {
    await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditScore {
              value
            }
          }
        }
      `,
      {},
      await asUser(19),
    );
    const entries = await logOf(19);
    // user 20 asked for value, band, probabilityOfDefault and modelVersion of user 19's score in one request: one entry, four denied fields
    expect(entries).toHaveLength(1);
    expect(entries[0]).toEqual(expect.objectContaining({ viewerKind: 'USER', outcome: 'DENIED' }));
    expect(entries[0].fields).toEqual([
      field('CreditScore.value', 'DENIED', 'FORBIDDEN'),
      field('CreditScore.band', 'DENIED', 'FORBIDDEN'),
      field('CreditScore.probabilityOfDefault', 'DENIED', 'FORBIDDEN'),
      field('CreditScore.modelVersion', 'DENIED', 'FORBIDDEN'),
    ]);
    const withOwn = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            accessLog(includeOwnReads: true) {
              totalCount
            }
          }
        }
      `,
      {},
      await asUser(19),
    );
    expect(withOwn.data!.me.accessLog.totalCount).toBeGreaterThan(entries.length);
  });

  test("is the subject's alone: a partner cannot read it", async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        query L($id: ID!) {
          user(id: $id) {
            accessLog {
              totalCount
            }
          }
        }
      `,
      { id: idAs(await asPartner(BIKES), userId(13)) },
      await asPartner(BIKES),
    );
    expect(response.data!.user.accessLog).toBeNull();
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });
});

describe('consent lifecycle', () => {
  test('a grant defaults to a 365-day expiry and a longer one is refused', async () => {
    const consent = await grant(40, BIKES, ['SCORE_BAND']);
    const days = (new Date(consent.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364.9);
    expect(days).toBeLessThanOrEqual(365);
    const tooLong = await graphql(
      platform.gatewayUrl,
      GRANT,
      {
        input: {
          partnerId: partnerId(BIKES),
          scopes: ['SCORE_BAND'],
          purpose: 'too long',
          expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
        },
      },
      await asUser(40),
    );
    expect(codesOf(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  test.each([
    ['no scopes', { scopes: [] }],
    ['an unknown partner', { partnerId: '00000000-0000-4000-8000-000000000000' }],
    ['a malformed partner id', { partnerId: 'bikes' }],
    ['an empty purpose', { purpose: '  ' }],
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00Z' }],
  ])('a grant with %s is BAD_USER_INPUT', async (_, override) => {
    const input = { partnerId: partnerId(BIKES), scopes: ['SCORE_BAND'], purpose: 'Deposit waiver', ...override };
    const response = await graphql(platform.gatewayUrl, GRANT, { input }, await asUser(41));
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  test('only the consumer grants, and a partner sees only the consents it holds', async () => {
    const asBikes = await asPartner(BIKES);
    const byPartner = await graphql(
      platform.gatewayUrl,
      GRANT,
      { input: { partnerId: partnerId(BIKES), scopes: ['SCORE_VALUE'], purpose: 'self-granted' } },
      asBikes,
    );
    expect(codesOf(byPartner)).toEqual(['FORBIDDEN']);
    await grant(42, LENDING, ['SCORE_VALUE']);
    const held = await graphql(
      platform.gatewayUrl,
      `
        {
          consentsHeldByMe(first: 100) {
            edges {
              node {
                partner {
                  id
                }
                subject {
                  id
                }
              }
            }
          }
        }
      `,
      {},
      asBikes,
    );
    const partners = new Set(
      nodesOf(held.data!.consentsHeldByMe)!.map((c: { partner: { id: string } }) => c.partner.id),
    );
    expect([...partners]).toEqual([partnerId(BIKES)]);
  });

  test("a consumer cannot revoke someone else's consent, and learns nothing about it", async () => {
    const consent = await grant(43, BIKES, ['SCORE_BAND']);
    const response = await graphql(platform.gatewayUrl, REVOKE, { id: consent.id }, await asUser(44));
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
  });
});

describe('subgraphs trust only the gateway', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { creditScore { value } } } }`;
  const forged = {
    r: [
      {
        __typename: 'User',
        id: userId(12),
        creditForScoring: { checkingStatus: 'NO_ACCOUNT' },
        stabilityForScoring: {},
      },
    ],
  };
  /** A subgraph request as the gateway sends it, with the credential (if any) in the body's extensions. */
  const post = (url: string, body: Record<string, unknown>, credential?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        credential ? { ...body, extensions: { [INTERNAL_CREDENTIAL_EXTENSION]: credential } } : body,
      ),
    });
  const signFor = (secret: Uint8Array, variables: unknown) =>
    signInternalCredential(secret, {
      issuer: 'gateway',
      audience: 'scores',
      viewer: { kind: 'user', userId: userId(12) },
      query: ENTITIES,
      variables,
    });

  test('a direct call without the internal credential is refused', async () => {
    for (const url of Object.values(platform.subgraphUrls)) {
      const response = await post(url, { query: '{ _service { sdl } }' });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test('a forged _entities call is refused: no credential, a wrong key, or a credential for another operation', async () => {
    const url = platform.subgraphUrls.scores;
    expect((await post(url, { query: ENTITIES, variables: forged })).status).toBe(401);
    const wrongKey = new TextEncoder().encode('an-attacker-guessing-the-internal-secret!!');
    expect((await post(url, { query: ENTITIES, variables: forged }, await signFor(wrongKey, forged))).status).toBe(401);
    const honest = { r: [{ __typename: 'User', id: userId(12) }] };
    expect(
      (await post(url, { query: ENTITIES, variables: forged }, await signFor(internalSecret(), honest))).status,
    ).toBe(401);
  });

  test('the gateway hides the internal fields from clients', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditForScoring {
              checkingStatus
            }
          }
        }
      `,
      {},
      await asUser(1),
    );
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test("responses are marked private so no shared cache keeps one viewer's answer", async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ partners { name } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('consent checks are batched', () => {
  test('a partner query over 100 users makes as many consent-store queries as one over 1 user', async () => {
    const caller = await asPartner(BIKES);
    const ids = Array.from({ length: 100 }, (_, i) => idAs(caller, userId(i + 1)));

    const query = `query Many($ids: [ID!]!) { usersByIds(ids: $ids) { id creditScore { value band } } }`;
    const consentQueries = async (n: number) => {
      await graphql(platform.gatewayUrl, query, { ids: ids.slice(0, n) }, caller); // warm: score snapshots
      const before = platform.databases.consent.queries.count;
      const response = await graphql(platform.gatewayUrl, query, { ids: ids.slice(0, n) }, caller);
      expect(response.data!.usersByIds).toHaveLength(n);
      return platform.databases.consent.queries.count - before;
    };
    const one = await consentQueries(1);
    const hundred = await consentQueries(100);
    expect(hundred).toBe(one);
    // partner suspended?, consents, file freezes, then the log with the feed's lines: one statement on
    // PostgreSQL, BEGIN, two writes and COMMIT on SQLite
    expect(one).toBe(platform.databases.consent.dataSource.options.type === 'postgres' ? 4 : 7);
  });
});

describe('threshold checks cannot be used to read the score', () => {
  test('a partner may ask about three different thresholds per consumer per day, and repeat them freely', async () => {
    await grant(50, BIKES, ['SCORE_THRESHOLD']);
    const caller = await asPartner(BIKES);
    const ask = (threshold: number) =>
      graphql(
        platform.gatewayUrl,
        `
          query T($id: ID!, $t: Int!) {
            user(id: $id) {
              scoreAtLeast(threshold: $t)
            }
          }
        `,
        { id: idAs(caller, userId(50)), t: threshold },
        caller,
      );
    for (const threshold of [600, 650, 700, 650, 600]) {
      const response = await ask(threshold);
      expect(response.errors).toBeUndefined();
      expect(typeof response.data!.user.scoreAtLeast).toBe('boolean');
    }
    const fourth = await ask(675);
    expect(fourth.data!.user.scoreAtLeast).toBeNull();
    expect(codesOf(fourth)).toEqual(['THRESHOLD_LIMIT_REACHED']);
    expect(fourth.errors![0].message).toMatch(/at most 3 different thresholds/);
  });
});

describe('when the consent subgraph is down', () => {
  test('guarded fields are withheld with CONSENT_UNAVAILABLE, unguarded ones still resolve', async () => {
    await platform.stopSubgraph('consent');
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await graphql(
        platform.gatewayUrl,
        `
          {
            me {
              id
              creditScore {
                value
                modelVersion
              }
            }
          }
        `,
        {},
        await asUser(10),
      );
      expect(response.data!.me).toEqual({ id: userId(10), creditScore: { value: null, modelVersion: null } });
      expect(codesOf(response)).toEqual(['CONSENT_UNAVAILABLE', 'CONSENT_UNAVAILABLE']);
    } finally {
      errorLog.mockRestore();
      await platform.restartSubgraph('consent');
    }
    const again = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditScore {
              value
            }
          }
        }
      `,
      {},
      await asUser(10),
    );
    expect(again.data!.me.creditScore.value).toEqual(expect.any(Number));
  });
});

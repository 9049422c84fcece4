import { Platform } from '../../platform/launcher';
import { ThresholdQuota } from '../../subgraphs/consent/entities/ThresholdQuota';
import { INTERNAL_CREDENTIAL_EXTENSION, signInternalCredential } from '../../shared/trust/internal-auth';
import { internalSecret } from '../../shared/trust/secrets';
import { startTestPlatform, startTwoStacks } from '../support/platform';
import {
  asPartner,
  asUser,
  Caller,
  codesOf,
  graphql,
  GraphQLResponse,
  partnerId,
  userId,
  idAs,
  idAtPartner,
} from '../support/graphql';

/**
 * The 3-distinct-thresholds limit, fired for real: parallel requests through the
 * gateway, one request with hundreds of aliases, and two complete stacks on one store.
 */
const BIKES = 0;
const LIMIT = 3;
/** Far more than the limit, and few enough that the last of them is decided within a call's 10 s on a loaded machine: they all wait on one consumer's quota row. */
const PARALLEL = 40;
const ASK = `query Ask($id: ID!, $t: Int!) { user(id: $id) { scoreAtLeast(threshold: $t) } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

async function grantThreshold(gatewayUrl: string, subject: number) {
  const input = { partnerId: partnerId(BIKES), scopes: ['SCORE_THRESHOLD'], purpose: 'Waive the bike deposit' };
  const response = await graphql(gatewayUrl, GRANT, { input }, await asUser(subject));
  expect(response.errors).toBeUndefined();
}

/** Which thresholds got a yes/no answer; every other answer must be the limit's refusal. */
function answeredThresholds(responses: GraphQLResponse[], thresholds: number[]): number[] {
  for (const response of responses) {
    if (typeof response.data?.user?.scoreAtLeast === 'boolean') continue;
    expect(codesOf(response)).toEqual(['THRESHOLD_LIMIT_REACHED']);
    expect(response.errors![0].message).toMatch(/at most 3 different thresholds/);
  }
  return thresholds.filter((_, i) => typeof responses[i].data?.user?.scoreAtLeast === 'boolean');
}

const distinctThresholds = (count: number, from = 500) => Array.from({ length: count }, (_, i) => from + i);
const askAll = (urls: string[], subject: number, thresholds: number[], caller: Caller) =>
  Promise.all(
    thresholds.map((t, i) => graphql(urls[i % urls.length], ASK, { id: idAs(caller, userId(subject)), t }, caller)),
  );

describe('one stack', () => {
  let platform: Platform;
  beforeAll(async () => {
    // Hundreds of aliases in one request: the query limits would refuse the whole document before any
    // decision (which also keeps the quota), so this platform lets it through to test the quota itself.
    const limits = { CREDENCE_MAX_ALIASES: '400', CREDENCE_MAX_TOKENS: '5000' };
    const saved = Object.fromEntries(Object.keys(limits).map((name) => [name, process.env[name]]));
    Object.assign(process.env, limits);
    try {
      platform = await startTestPlatform({ seedLimit: 20 });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
  afterAll(() => platform.stop());

  test('40 parallel requests with distinct thresholds get exactly 3 answers, and those stay free to repeat', async () => {
    await grantThreshold(platform.gatewayUrl, 2);
    const caller = await asPartner(BIKES);
    const thresholds = distinctThresholds(PARALLEL);
    const answered = answeredThresholds(await askAll([platform.gatewayUrl], 2, thresholds, caller), thresholds);
    expect(answered).toHaveLength(LIMIT);
    const again = await askAll([platform.gatewayUrl], 2, [...answered, ...answered], caller);
    expect(again.map((r) => typeof r.data?.user?.scoreAtLeast)).toEqual(Array(2 * LIMIT).fill('boolean'));
    expect(answeredThresholds(await askAll([platform.gatewayUrl], 2, [700], caller), [700])).toEqual([]);
  });

  test("deleting the account drops the partner's threshold quota for the consumer at once: it named them", async () => {
    await grantThreshold(platform.gatewayUrl, 11);
    expect(
      typeof (await askAll([platform.gatewayUrl], 11, [610], await asPartner(BIKES)))[0].data?.user?.scoreAtLeast,
    ).toBe('boolean');
    const quotas = platform.databases.consent.dataSource.getRepository(ThresholdQuota);
    expect(await quotas.countBy({ subjectId: userId(11) })).toBe(1);
    const erased = await graphql(
      platform.gatewayUrl,
      `
        mutation {
          deleteMyAccount {
            requestedAt
          }
        }
      `,
      {},
      await asUser(11),
    );
    expect(erased.errors).toBeUndefined();
    expect(await quotas.countBy({ subjectId: userId(11) })).toBe(0);
  });

  test('one request with 300 aliases gets exactly 3 answers', async () => {
    await grantThreshold(platform.gatewayUrl, 3);
    const aliases = distinctThresholds(300, 460)
      .map((t) => `t${t}: scoreAtLeast(threshold: ${t})`)
      .join(' ');
    const response = await graphql(
      platform.gatewayUrl,
      `query Many($id: ID!) { user(id: $id) { ${aliases} } }`,
      { id: idAtPartner(BIKES, userId(3)) },
      await asPartner(BIKES),
    );
    const answers = Object.values(response.data!.user as Record<string, boolean | null>);
    expect(answers.filter((answer) => typeof answer === 'boolean')).toHaveLength(LIMIT);
    expect(response.errors).toHaveLength(300 - LIMIT);
    expect(new Set(codesOf(response))).toEqual(new Set(['THRESHOLD_LIMIT_REACHED']));
  });

  test('one decision batch of 300 thresholds, sent straight to the consent subgraph, is held to 3 as well', async () => {
    await grantThreshold(platform.gatewayUrl, 4);
    const query = `mutation Decide($requests: [AccessRequestInput!]!) { decideAccess(requests: $requests) { allowed code } }`;
    const requests = distinctThresholds(300, 460).map((t) => ({
      subjectId: userId(4),
      scope: 'SCORE_THRESHOLD',
      field: 'User.scoreAtLeast',
      detail: JSON.stringify({ threshold: t }),
    }));
    const viewer = { kind: 'partner' as const, partnerId: partnerId(BIKES) };
    const credential = await signInternalCredential(internalSecret(), {
      issuer: 'scores',
      audience: 'consent',
      viewer,
      query,
      variables: { requests },
      requestId: 'test-request-300',
    });
    const response = await fetch(platform.subgraphUrls.consent, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: { requests },
        extensions: { [INTERNAL_CREDENTIAL_EXTENSION]: credential },
      }),
    });
    const verdicts = ((await response.json()) as { data: { decideAccess: { allowed: boolean }[] } }).data.decideAccess;
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(LIMIT);
  });

  test.each([
    ['below the lowest score the model gives', 5, [394, 393, 350]],
    ['above the highest', 6, [921, 922, 950]],
    ['far out', 7, [-1, 100_000, 2_000_000_000]],
  ])('a threshold %s is BAD_USER_INPUT, logged nowhere, and uses no check', async (_, subject, outOfRange) => {
    await grantThreshold(platform.gatewayUrl, subject);
    const caller = await asPartner(BIKES);
    const refused = await askAll([platform.gatewayUrl], subject, outOfRange, caller);
    for (const response of refused) expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    const thresholds = distinctThresholds(4, 600);
    expect(
      answeredThresholds(await askAll([platform.gatewayUrl], subject, thresholds, caller), thresholds),
    ).toHaveLength(LIMIT);
    const log = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            accessLog {
              edges {
                node {
                  fields {
                    detail
                  }
                }
              }
            }
          }
        }
      `,
      {},
      await asUser(subject),
    );
    const details = log.data!.me.accessLog.edges.flatMap((e: { node: { fields: { detail: string }[] } }) =>
      e.node.fields.map((f) => f.detail),
    );
    expect(details).toHaveLength(4);
    expect(details.sort()).toEqual(thresholds.map((t) => JSON.stringify({ threshold: t })));
  });
});

describe('two complete stacks on the same store', () => {
  let stacks: [Platform, Platform];
  beforeAll(async () => {
    stacks = await startTwoStacks({ seedLimit: 20 });
  });
  afterAll(async () => {
    await stacks[1].stop();
    await stacks[0].stop();
  });

  test('count the limit together: 40 parallel requests split across both gateways get exactly 3 answers', async () => {
    await grantThreshold(stacks[0].gatewayUrl, 8);
    const thresholds = distinctThresholds(PARALLEL);
    const responses = await askAll(
      stacks.map((stack) => stack.gatewayUrl),
      8,
      thresholds,
      await asPartner(BIKES),
    );
    expect(answeredThresholds(responses, thresholds)).toHaveLength(LIMIT);
  });
});

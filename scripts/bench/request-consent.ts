import { performance } from 'node:perf_hooks';
import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { DEMO_PARTNERS } from '../../shared/demo/demo-population';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { UserProfile } from '../../subgraphs/users/entities/UserProfile';
import { median } from './median';

const PAIRS = 100;
const REQUEST = `mutation R($email: String!) { requestConsent(input: { scopes: [SCORE_BAND], purpose: "npm run bench", consumerEmail: $email }) { id } }`;

/**
 * `requestConsent` addressed to a consumer's e-mail against one that is no one's, in
 * interleaved pairs (which goes first alternates), each address used once so no limit is
 * met: the partner must not be able to tell members by the time of the answer. The test
 * (consent-requests.test.ts) proves the two do the same statements and calls; this is
 * the time they take, as medians, their ratio, and how often the member was slower.
 */
export async function benchRequestConsent(platform: Platform): Promise<string> {
  const partner = DEMO_PARTNERS[3];
  // consumers the partner holds no consent from: one that already granted the scope is refused, as it should be
  const holding = new Set(
    (
      await platform.databases.consent.dataSource
        .getRepository(Consent)
        .find({ select: { subjectId: true }, where: { partnerId: partner.id } })
    ).map((consent) => consent.subjectId),
  );
  const members = (
    await platform.databases.users.dataSource.getRepository(UserProfile).find({ select: { id: true, email: true } })
  )
    .filter((user) => !holding.has(user.id))
    .slice(0, PAIRS + 1)
    .map((user) => user.email);
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${await mintToken({ sub: partner.id, kind: 'partner' }, '15m')}`,
  };
  const timed = async (email: string) => {
    const started = performance.now();
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: REQUEST, variables: { email } }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`requestConsent failed: ${body.errors.map((e) => e.message).join('; ')}`);
    return performance.now() - started;
  };
  await timed(members[PAIRS]); // warm-up: the partner's registration is remembered after its first request
  const [member, stranger]: number[][] = [[], []];
  for (let pair = 0; pair < PAIRS; pair += 1) {
    const nobody = `nobody.${pair}.${Date.now()}@bench.example`;
    if (pair % 2) {
      member.push(await timed(members[pair]));
      stranger.push(await timed(nobody));
    } else {
      stranger.push(await timed(nobody));
      member.push(await timed(members[pair]));
    }
  }
  const memberSlower = member.filter((ms, pair) => ms > stranger[pair]).length;
  return [
    `requestConsent by e-mail, ${PAIRS} interleaved pairs (a consumer's address against no one's)`,
    `  median ms: member ${median(member).toFixed(1)}, no one ${median(stranger).toFixed(1)}`,
    `  member / no one = ${(median(member) / median(stranger)).toFixed(2)}; member slower in ${memberSlower} of ${PAIRS} pairs`,
  ].join('\n');
}

import { Platform } from '../../platform/launcher';
import { ScoringInputsChange } from '../../shared/scoring/scoring-inputs-change';
import { SubgraphName } from '../../shared/server/subgraph-module';
import { isRequestWork } from '../../shared/store/database';
import { asPartner, codesOf, graphql, idAtPartner, userId } from '../support/graphql';
import { scrape, valueOf } from '../support/metrics';
import { startTestPlatform } from '../support/platform';
import { Recorded, startRecordingGateway } from '../support/recording-gateway';
import { eventually } from '../support/webhook-receiver';

/**
 * A partner's read of consumers who never consented to it: the consent decision comes
 * first, so neither the credit file nor the profile of any of them is read or sent.
 */
let platform: Platform;
let gatewayUrl: string;
let recorded: Recorded[];
let stopRecording: () => Promise<void>;

// The demo seeds consents for every fifth consumer (1, 6, 11, …): the others gave none to anyone.
const NEVER_CONSENTED = Array.from({ length: 70 }, (_, i) => i + 1)
  .filter((index) => index % 5 !== 1)
  .slice(0, 50)
  .map((index) => idAtPartner(0, userId(index))); // as Spree Bikes names them

const PARTNER_READ = `query Check($ids: [ID!]!) {
  usersByIds(ids: $ids) { id displayName stability { housing } scoreAtLeast(threshold: 600) creditScore { value band } }
}`;

const pendingChanges = (name: SubgraphName) =>
  platform.databases[name].dataSource.getRepository(ScoringInputsChange).countBy({ status: 'PENDING' });

beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 70 });
  ({
    recorded,
    stop: stopRecording,
    gateway: { url: gatewayUrl },
  } = await startRecordingGateway(platform));
  // The seed's changes have reached scores: no recompute calls the owners during the read.
  await eventually(
    async () => (await pendingChanges('credit-history')) === 0 && (await pendingChanges('users')) === 0,
    60_000,
  );
  // The partner's first request has consent confirm with users that it is a registered partner (its own
  // directory row, no consumer's data); the answer is remembered, so the measured read starts after it.
  await graphql(gatewayUrl, PARTNER_READ, { ids: NEVER_CONSENTED.slice(0, 1) }, await asPartner(0));
});
afterAll(async () => {
  await stopRecording();
  await platform.stop();
});

/** Requests a subgraph answered, from anyone (the gateway, or another subgraph), by its own /metrics. */
const requestsAnswered = async (name: SubgraphName) =>
  valueOf(await scrape(platform.subgraphUrls[name]), 'credence_graphql_requests_total');

test('a partner read of 50 consumers who never consented reads no credit file and no profile, and sends none', async () => {
  const watched: SubgraphName[] = ['credit-history', 'users', 'scores'];
  // (a scrape of /metrics reads counts from the store: requests are counted before statements, and after them)
  const requests = Object.fromEntries(
    await Promise.all(watched.map(async (name) => [name, await requestsAnswered(name)])),
  );
  const statements = Object.fromEntries(watched.map((name) => [name, platform.databases[name].queries.count]));
  const usersSql: string[] = [];
  const counter = platform.databases.users.queries;
  const logQuery = counter.logQuery.bind(counter);
  counter.logQuery = (query: string) => {
    if (isRequestWork()) usersSql.push(query); // not the outbox's polls, nor the credential's single-use record
    logQuery(query);
  };
  recorded.length = 0;
  let response;
  try {
    response = await graphql(gatewayUrl, PARTNER_READ, { ids: NEVER_CONSENTED }, await asPartner(0));
  } finally {
    counter.logQuery = logQuery;
  }

  // Every guarded field is refused, with its coded error, for each of the 50.
  expect(response.data!.usersByIds).toEqual(
    NEVER_CONSENTED.map((id) => ({
      id,
      displayName: null,
      stability: null,
      scoreAtLeast: null,
      creditScore: { value: null, band: null },
    })),
  );
  expect(codesOf(response)).toHaveLength(50 * 5);
  expect(new Set(codesOf(response))).toEqual(new Set(['CONSENT_REQUIRED']));

  // credit-history is never asked, and reads nothing; scores reads its store only for a field once allowed: none was.
  expect(platform.databases['credit-history'].queries.count).toBe(statements['credit-history']);
  expect(platform.databases.scores.queries.count).toBe(statements.scores);
  expect(recorded.filter((r) => r.subgraph === 'credit-history')).toEqual([]);
  expect(await requestsAnswered('credit-history')).toBe(requests['credit-history']);
  // users answers the one request the read starts at, reading which ids exist and no profile column.
  expect(usersSql).toHaveLength(1);
  expect(usersSql[0]).toMatch(
    /^SELECT "UserProfile"\."id" AS "UserProfile_id" FROM ("[^"]+"\.)?"user_profile" "UserProfile" WHERE/,
  );
  expect(recorded.filter((r) => r.subgraph === 'users')).toHaveLength(1);
  expect(await requestsAnswered('users')).toBe(requests.users + 1);
});

import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import DataLoader from 'dataloader';
import { AccessDecision, AccessRequest, ConsentGate } from '../../shared/consent/consent-gate';
import { dropSubgraphSchema, openSubgraphDatabase, SubgraphDatabase } from '../../shared/store/database';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { buildSchemaOf, SubgraphContext } from '../../shared/server/subgraph-server';
import { Viewer } from '../../shared/trust/viewer';
import { ScoresLoaders } from '../../subgraphs/scores/loaders';
import { scoresSubgraph } from '../../subgraphs/scores/subgraph';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { FakeInputOwners } from '../support/scores';

/**
 * The scores subgraph on its own, in process: what the gateway would send it as
 * `_entities` representations (the key alone: a score read requires nothing), over
 * scores stored as the owners' changes would store them, and a consent gate that
 * records what it was asked and answers from a fixed rule.
 */
let database: SubgraphDatabase;
const server = new ApolloServer<SubgraphContext<ScoresLoaders>>({
  schema: buildSchemaOf(scoresSubgraph.definition),
  plugins: [ApolloServerPluginInlineTraceDisabled()],
  // as outside production, so a test can see what a denial's error carries
  includeStacktraceInErrorResponses: true,
});
const applicants = loadGermanCredit().slice(0, 3);
const peers = {} as SubgraphUrls;

beforeAll(async () => {
  database = await openSubgraphDatabase(
    process.env.DATABASE_URL
      ? { kind: 'postgres', url: process.env.DATABASE_URL, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
      : { kind: 'sqlite', directory: 'memory' },
    scoresSubgraph.database,
  );
  await server.start();
  // The scores the owners' changes would have stored: reads only ever serve these.
  const owners = new FakeInputOwners();
  applicants.forEach((applicant, index) => owners.set(userIdOf(index), applicant.characteristics));
  await owners.recompute(database, [0, 1, 2].map(userIdOf));
});
afterAll(async () => {
  await server.stop();
  await dropSubgraphSchema(database);
  await database.dataSource.destroy();
});

function gate(allow: (request: AccessRequest) => boolean, asked: AccessRequest[][]): ConsentGate {
  return new DataLoader<AccessRequest, AccessDecision, string>(
    async (requests) => {
      asked.push([...requests]);
      return requests.map((r) =>
        allow(r)
          ? { allowed: true, code: null, message: null }
          : { allowed: false, code: 'CONSENT_REQUIRED', message: 'no consent' },
      );
    },
    { cacheKeyFn: (r) => `${r.subjectId}|${r.field}|${r.detail}` },
  );
}

const userIdOf = (index: number) => `00000000-0000-4000-8000-00000000000${index}`;
const representation = (index: number) => ({ __typename: 'User', id: userIdOf(index) });

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { creditScore { value band modelVersion } } } }`;

async function run(viewer: Viewer, consentGate: ConsentGate, query = ENTITIES) {
  const response = await server.executeOperation(
    { query, variables: { r: [0, 1, 2].map(representation) } },
    {
      contextValue: {
        viewer,
        caller: 'gateway',
        requestId: 'test-request',
        database,
        peers,
        consentGate,
        accountStanding: async () => true,
        loaders: scoresSubgraph.definition.createLoaders(database, viewer, peers, 'test-request'),
      },
    },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

test('_entities answers each representation from its stored score, and asks for consent once per batch', async () => {
  const asked: AccessRequest[][] = [];
  const result = await run(
    { kind: 'partner', partnerId: 'p' },
    gate((r) => r.subjectId.endsWith('1'), asked),
  );
  const scores = (
    result.data as {
      _entities: { creditScore: { value: number | null; band: string | null; modelVersion: string | null } }[];
    }
  )._entities.map((e) => e.creditScore);
  const model = loadScorecard();
  expect(scores[1]).toEqual({
    value: scoreCharacteristics(model, applicants[1].characteristics).value,
    band: scoreCharacteristics(model, applicants[1].characteristics).band,
    modelVersion: model.version,
  });
  expect(scores[0]).toEqual({ value: null, band: null, modelVersion: null });
  expect(scores[2]).toEqual({ value: null, band: null, modelVersion: null });
  expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
    ['_entities.0.creditScore.band', 'CONSENT_REQUIRED'],
    ['_entities.0.creditScore.modelVersion', 'CONSENT_REQUIRED'],
    ['_entities.0.creditScore.value', 'CONSENT_REQUIRED'],
    ['_entities.2.creditScore.band', 'CONSENT_REQUIRED'],
    ['_entities.2.creditScore.modelVersion', 'CONSENT_REQUIRED'],
    ['_entities.2.creditScore.value', 'CONSENT_REQUIRED'],
  ]);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toHaveLength(9);
});

test('a denied field costs no read of the stored score and no stack trace', async () => {
  const before = database.queries.count;
  const result = await run(
    { kind: 'partner', partnerId: 'p' },
    gate(() => false, []),
  );
  expect(database.queries.count).toBe(before);
  // value, band and modelVersion of three users
  expect(result.errors).toHaveLength(9);
  for (const error of result.errors ?? []) {
    expect(error.extensions?.code).toBe('CONSENT_REQUIRED');
    // Apollo lists the error's stack here outside production: a denial has no frames to list
    expect((error.extensions?.stacktrace as string[]).filter((line) => line.trim().startsWith('at '))).toEqual([]);
  }
});

test.each([
  ['below the lowest score the model gives', 394],
  ['above the highest', 921],
])('a threshold %s is BAD_USER_INPUT before consent is asked', async (_, threshold) => {
  const asked: AccessRequest[][] = [];
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { scoreAtLeast(threshold: ${threshold}) } } }`;
  const result = await run(
    { kind: 'partner', partnerId: 'p' },
    gate(() => true, asked),
    query,
  );
  expect(asked).toEqual([]);
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
});

test("thresholds across the model's whole scale are answered", async () => {
  const { achievableMin, achievableMax } = loadScorecard().scaling;
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { low: scoreAtLeast(threshold: ${achievableMin}) high: scoreAtLeast(threshold: ${achievableMax}) } } }`;
  const result = await run(
    { kind: 'partner', partnerId: 'p' },
    gate(() => true, []),
    query,
  );
  expect(result.errors).toBeUndefined();
  expect((result.data as { _entities: { low: boolean }[] })._entities.map((e) => e.low)).toEqual([true, true, true]);
});

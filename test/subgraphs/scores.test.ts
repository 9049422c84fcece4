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

/**
 * The scores subgraph on its own, in process: what the gateway would send it as
 * `_entities` representations (with the @requires fields), and a consent gate that
 * records what it was asked and answers from a fixed rule.
 */
let database: SubgraphDatabase;
const server = new ApolloServer<SubgraphContext<ScoresLoaders>>({
  schema: buildSchemaOf(scoresSubgraph.definition),
  plugins: [ApolloServerPluginInlineTraceDisabled()],
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
      return requests.map((r) => (allow(r) ? { allowed: true, code: null, message: null } : { allowed: false, code: 'CONSENT_REQUIRED', message: 'no consent' }));
    },
    { cacheKeyFn: (r) => `${r.subjectId}|${r.field}|${r.detail}` },
  );
}

function representation(index: number) {
  const { checkingStatus, savingsStatus, creditHistory, durationMonths, creditAmount, installmentRatePercent, purpose, existingCredits, otherInstallmentPlans, otherDebtors, employmentSince, residenceYears, property, housing, job, dependents, hasTelephone } = applicants[index].characteristics;
  return {
    __typename: 'User',
    id: `00000000-0000-4000-8000-00000000000${index}`,
    creditForScoring: { checkingStatus, savingsStatus, creditHistory, durationMonths, creditAmount, installmentRatePercent, purpose, existingCredits, otherInstallmentPlans, otherDebtors },
    stabilityForScoring: { employmentSince, residenceYears, property, housing, job, dependents, hasTelephone },
  };
}

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { creditScore { value band modelVersion } } } }`;

async function run(viewer: Viewer, consentGate: ConsentGate) {
  const response = await server.executeOperation(
    { query: ENTITIES, variables: { r: [0, 1, 2].map(representation) } },
    { contextValue: { viewer, caller: 'gateway', requestId: 'test-request', database, peers, consentGate, loaders: scoresSubgraph.definition.createLoaders(database, viewer, peers) } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

test('_entities scores each representation from the fields @requires brought, and asks for consent once per batch', async () => {
  const asked: AccessRequest[][] = [];
  const result = await run({ kind: 'partner', partnerId: 'p' }, gate((r) => r.subjectId.endsWith('1'), asked));
  const scores = (result.data as { _entities: { creditScore: { value: number | null; band: string | null; modelVersion: string | null } }[] })._entities.map((e) => e.creditScore);
  const model = loadScorecard();
  expect(scores[1]).toEqual({
    value: scoreCharacteristics(model, applicants[1].characteristics).value,
    band: scoreCharacteristics(model, applicants[1].characteristics).band,
    modelVersion: 'scorecard-v1',
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

import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ConsentGate } from '../../shared/consent/consent-gate';
import { SUBGRAPH_NAMES, SubgraphName } from '../../shared/server/subgraph-module';
import { buildSchemaOf, SubgraphContext } from '../../shared/server/subgraph-server';
import { dropSubgraphSchema, openSubgraphDatabase, SubgraphDatabase } from '../../shared/store/database';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { Viewer } from '../../shared/trust/viewer';
import { SUBGRAPHS } from '../../platform/subgraphs';

/**
 * Each subgraph's part of the export is reached through `_entities` with a DataExport
 * representation; the gateway only sends one after Query.exportMyData checked the
 * caller, but every subgraph checks again, so a forged representation gets nothing.
 */
const SUBJECT = '00000000-0000-4000-8000-000000000001';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on DataExport { subjectId } } }`;
const peers = {} as SubgraphUrls;
const noConsentGate = {} as ConsentGate;
const databases = new Map<SubgraphName, SubgraphDatabase>();

beforeAll(async () => {
  const prefix = `t_${randomBytes(4).toString('hex')}_`;
  for (const name of SUBGRAPH_NAMES) {
    databases.set(
      name,
      await openSubgraphDatabase(
        process.env.DATABASE_URL
          ? { kind: 'postgres', url: process.env.DATABASE_URL, schemaPrefix: prefix }
          : { kind: 'sqlite', directory: 'memory' },
        SUBGRAPHS[name].database,
      ),
    );
  }
});
afterAll(async () => {
  for (const database of databases.values()) {
    await dropSubgraphSchema(database);
    await database.dataSource.destroy();
  }
});

async function exportPart(name: SubgraphName, viewer: Viewer) {
  const { definition } = SUBGRAPHS[name];
  const server = new ApolloServer<SubgraphContext<unknown>>({
    schema: buildSchemaOf(definition),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  try {
    const database = databases.get(name)!;
    const response = await server.executeOperation(
      { query: ENTITIES, variables: { r: [{ __typename: 'DataExport', subjectId: SUBJECT }] } },
      {
        contextValue: {
          viewer,
          caller: 'gateway',
          requestId: 'test-request',
          database,
          peers,
          consentGate: noConsentGate,
          accountStanding: async () => true,
          loaders: definition.createLoaders(database, viewer, peers, 'test-request'),
        },
      },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return {
      part: (data as { _entities: unknown[] } | null)?._entities[0] ?? null,
      codes: (errors ?? []).map((e) => e.extensions?.code),
    };
  } finally {
    await server.stop();
  }
}

describe.each(SUBGRAPH_NAMES)("the %s subgraph's part of the export", (name) => {
  test('answers the subject', async () => {
    expect(await exportPart(name, { kind: 'user', userId: SUBJECT })).toEqual({
      part: { subjectId: SUBJECT },
      codes: [],
    });
  });

  test.each<[string, Viewer, string]>([
    ['another consumer', { kind: 'user', userId: '00000000-0000-4000-8000-000000000002' }, 'FORBIDDEN'],
    ['a partner', { kind: 'partner', partnerId: '00000000-0000-4000-8000-0000000000aa' }, 'FORBIDDEN'],
    ['staff with a reason', { kind: 'staff', staffId: 's-1', role: 'compliance', reason: 'audit' }, 'FORBIDDEN'],
    ['an anonymous caller', { kind: 'anonymous' }, 'UNAUTHENTICATED'],
  ])('refuses %s a forged representation', async (_who, viewer, code) => {
    expect(await exportPart(name, viewer)).toEqual({ part: null, codes: [code] });
  });
});

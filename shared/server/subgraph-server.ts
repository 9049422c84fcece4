import { RequestHandler } from 'express';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DocumentNode, GraphQLSchema, parse } from 'graphql';
import { ConsentGate, createConsentGate } from '../consent/consent-gate';
import { consentDirectiveTransformer } from '../consent/consent-directive';
import { viewerDirectiveTransformer } from '../trust/viewer-directive';
import { partnerScopedIdTransformer } from '../trust/partner-scoped-id';
import { SubgraphDatabase } from '../store/database';
import { AnySubjectTable, eraseSubjectData, exportFieldResolvers } from '../store/subject-data';
import { resolveExportReference } from '../trust/data-export';
import { requireErasureCaller } from '../trust/erasure';
import { createGraphQLHttpServer, RunningServer } from './http-server';
import { queryLimitsFromEnv, subgraphQueryLimits } from './query-limits';
import { readSubgraphTypeDefs } from './subgraph-schema';
import { SubgraphMetrics, subgraphWatch } from './subgraph-watch';
import { SUBGRAPH_REGISTRY, SubgraphName } from './subgraph-registry';
import { CredentialLedger, credentialLedgerFromEnv } from '../trust/credential-ledger';
import {
  INTERNAL_CREDENTIAL_EXTENSION,
  InternalCaller,
  refusedCallBody,
  verifyInternalCredential,
} from '../trust/internal-auth';
import { SubgraphUrls } from '../trust/internal-client';
import { bodyCallHandlers } from '../trust/internal-bodies';
import { internalSecret } from '../trust/secrets';
import { partnerIdCodec } from '../trust/partner-ids';
import { Viewer } from '../trust/viewer';
import { AccountStanding, remoteAccountStanding } from '../trust/account-standing';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<TLoaders> {
  viewer: Viewer;
  /** who signed the request: 'gateway', or the subgraph that called */
  caller: string;
  /** the client request this call serves (minted by the gateway): the access log groups reads by it */
  requestId: string;
  /** the client's Idempotency-Key header, signed by the gateway; null when none was sent */
  idempotencyKey?: string | null;
  loaders: TLoaders;
  database: SubgraphDatabase;
  /** the other subgraphs, for the few calls that must cross (consent decisions, existence checks) */
  peers: SubgraphUrls;
  /** decides @requiresConsent fields for this request's viewer */
  consentGate: ConsentGate;
  /** whether the viewer's token names a live account (checked once, on first use): every consumer or partner write asks */
  accountStanding: AccountStanding;
}

/**
 * The resolver map `buildSubgraphSchema` takes, read off its public signature (Apollo
 * exports the function, not the type). Each subgraph types its own map with the
 * `Resolvers` graphql-codegen generates from its schema.
 */
type SubgraphResolverMap = NonNullable<
  Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>['resolvers']
>;

export interface SubgraphDefinition<TLoaders> {
  name: SubgraphName;
  /** absolute path of schema.graphql, built from the subgraph's __dirname */
  schemaFile: string;
  resolvers: SubgraphResolverMap;
  /** a fresh set per request: a loader's cache must never serve one viewer's data to another */
  createLoaders(database: SubgraphDatabase, viewer: Viewer, peers: SubgraphUrls, requestId: string): TLoaders;
  /** the subgraphs it calls while answering: /ready waits for them */
  needs?: readonly (keyof SubgraphUrls)[];
  /** what it adds to its /metrics */
  metrics?: SubgraphMetrics;
  /** how it learns the viewer's standing; by default it asks the consent subgraph, which holds erasures */
  accountStanding?(database: SubgraphDatabase, viewer: Viewer, peers: SubgraphUrls): AccountStanding;
  /**
   * Its data-subject contract: every table holding rows about a consumer, in erasure
   * order. Its DataExport fields and its internal erase mutation (named in the
   * registry) are derived from it.
   */
  subjectData: AnySubjectTable<SubgraphContext<TLoaders>>[];
  /** routes beside /graphql, for internal calls whose body is data (internal-bodies.ts) */
  routes?(server: SubgraphRouteContext): RequestHandler;
}

export interface SubgraphRouteContext {
  database: SubgraphDatabase;
  peers: SubgraphUrls;
  /** the handlers that admit an internal call with a body of at most `limitBytes`, signed for this subgraph */
  bodyCalls(limitBytes: number): RequestHandler[];
}

/** The resolvers a subgraph writes, with those its data-subject contract derives. */
function withSubjectDataResolvers<TLoaders>({
  name,
  resolvers,
  subjectData,
}: SubgraphDefinition<TLoaders>): SubgraphResolverMap {
  const eraseMutation = SUBGRAPH_REGISTRY[name].eraseMutation;
  const erase = async (
    _: unknown,
    { subjectId }: { subjectId: string },
    { caller, database }: SubgraphContext<TLoaders>,
  ) => {
    requireErasureCaller(caller);
    await database.dataSource.transaction((manager) => eraseSubjectData(manager, subjectData, subjectId, subjectId));
    return true;
  };
  const written = resolvers as Record<string, object | undefined>;
  return {
    ...resolvers,
    DataExport: {
      __resolveReference: resolveExportReference,
      ...exportFieldResolvers(subjectData),
      ...written.DataExport,
    },
    ...(eraseMutation && { Mutation: { ...written.Mutation, [eraseMutation]: erase } }),
  } as SubgraphResolverMap;
}

export function buildSchemaOf<TLoaders>(definition: SubgraphDefinition<TLoaders>): GraphQLSchema {
  const typeDefs = parse(readSubgraphTypeDefs(definition.schemaFile));
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: withSubjectDataResolvers(definition) }]);
  // Applied after the federation schema is built, as directives on subgraphs must be; the viewer's
  // rule wraps the consent check, so a viewer who may not ask is refused before any decision is made;
  // a partner's ids are translated innermost, just around the resolver that reads them.
  return viewerDirectiveTransformer(consentDirectiveTransformer(partnerScopedIdTransformer(schema)));
}

/**
 * Refuses every request that does not carry, in its body, a fresh signed credential for
 * this subgraph and this very operation: a subgraph is never a public endpoint (it
 * exposes `_entities`).
 */
function requireInternalCredential(subgraph: string, secret: Uint8Array, used: CredentialLedger): RequestHandler {
  return async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; extensions?: Record<string, unknown> };
      const query = typeof body.query === 'string' ? body.query : '';
      const credential = body.extensions?.[INTERNAL_CREDENTIAL_EXTENSION];
      res.locals.caller = await verifyInternalCredential(
        secret,
        credential,
        { audience: subgraph, query, variables: body.variables },
        used,
      );
      next();
    } catch (error) {
      res.status(401).json(refusedCallBody(error));
    }
  };
}

/**
 * Builds a subgraph's HTTP server around its database; call listen() to serve. The
 * credentials it accepts are remembered in `ledger`: by default Redis when REDIS_URL
 * is set, else its database, so that replicas sharing either refuse a replay.
 */
export async function createSubgraphServer<TLoaders>(
  definition: SubgraphDefinition<TLoaders>,
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  secret: Uint8Array = internalSecret(),
  ledger?: CredentialLedger,
): Promise<{ listen(port: number, host?: string): Promise<RunningServer> }> {
  const used = ledger ?? (await credentialLedgerFromEnv(database));
  partnerIdCodec(); // its keys are checked at the start, as the other secrets are (required in production)
  return createGraphQLHttpServer<SubgraphContext<TLoaders>>({
    name: `${definition.name} subgraph`,
    executor: { schema: buildSchemaOf(definition) },
    guard: requireInternalCredential(definition.name, secret, used),
    routes: definition.routes?.({
      database,
      peers,
      bodyCalls: (limitBytes) => bodyCallHandlers(secret, definition.name, used, limitBytes),
    }),
    watch: subgraphWatch(database, peers, definition),
    limits: subgraphQueryLimits(queryLimitsFromEnv()),
    // Traces are for Apollo's hosted usage reporting, which Credence does not use.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      { serverWillStart: async () => ({ serverWillStop: () => used.close() }) },
    ],
    context: async ({ res }) => {
      const { viewer, issuer, requestId, idempotencyKey } = res.locals.caller as InternalCaller;
      return {
        viewer,
        caller: issuer,
        requestId,
        idempotencyKey,
        database,
        peers,
        loaders: definition.createLoaders(database, viewer, peers, requestId),
        consentGate: createConsentGate(peers, definition.name, viewer, requestId),
        accountStanding:
          definition.accountStanding?.(database, viewer, peers) ??
          remoteAccountStanding(peers, definition.name, viewer, requestId),
      };
    },
  });
}

import type { CodegenConfig } from '@graphql-codegen/cli';
import { fromProjectRoot } from './shared/paths';
import { SUBGRAPH_NAMES, SUBGRAPH_REGISTRY, SubgraphName } from './shared/server/subgraph-registry';
import { readSubgraphTypeDefs } from './shared/server/subgraph-schema';

/**
 * Resolver types for each subgraph, generated from its schema as the subgraph serves it
 * (schema.graphql plus the shared consent declarations): `npm run codegen`. The output
 * is checked in; test/unit/codegen.test.ts fails when it is stale.
 */
const RESOLVER_TYPES = {
  federation: true,
  useTypeImports: true,
  // The entities hold enum values as strings, so the enums are string unions, not TS enums.
  enumsAsTypes: true,
  // What shared/scalars.ts produces and accepts.
  scalars: { DateTime: 'Date', JSON: 'unknown' },
};

/**
 * One subgraph's output. `context` is the subgraph's SubgraphContext<…Loaders> alias in
 * its loaders.ts; `mappers` name what its resolvers really return for a type (a
 * TypeORM entity, or the plain object a reference or a resolver builds), paths relative
 * to the generated file.
 */
function resolverTypesFor(name: SubgraphName, mappers: Record<string, string>): CodegenConfig['generates'] {
  return {
    [`subgraphs/${name}/__generated__/resolvers-types.ts`]: {
      schema: readSubgraphTypeDefs(fromProjectRoot('subgraphs', name, 'schema.graphql')),
      plugins: ['typescript', 'typescript-resolvers'],
      config: { ...RESOLVER_TYPES, contextType: `../loaders#${SUBGRAPH_REGISTRY[name].context}`, mappers },
    },
  };
}

/** An entity another subgraph owns, known here by its key alone. */
const ENTITY_REFERENCE = '{ id: string }';
const EXPORT_SUBJECT = '../../../shared/trust/data-export#ExportSubject';
/** A TypeORM entity of the subgraph, imported under another name: the generated file declares the GraphQL type's own. */
const entity = (name: string) => `../entities/${name}#${name} as ${name}Entity`;

/** What each subgraph's resolvers really return for a type; a subgraph missing here fails to compile. */
const MAPPERS: Record<SubgraphName, Record<string, string>> = {
  users: {
    // A profile is read field by field once each is allowed, so a User starts from its key.
    User: ENTITY_REFERENCE,
    Partner: entity('Partner'),
    PartnerCredentials: '../partners/partner-credentials#IssuedCredentials',
    DataExport: EXPORT_SUBJECT,
  },
  'credit-history': {
    // Every user has a place here, so a reference is all a User resolver starts from.
    User: ENTITY_REFERENCE,
    CreditAccount: entity('CreditAccount'),
    CreditRecord: entity('CreditRecord'),
    Dispute: entity('Dispute'),
    FurnishingBatch: entity('FurnishingBatch'),
    DataExport: EXPORT_SUBJECT,
  },
  scores: {
    User: '../model/user-score#ScoredUser',
    CreditScore: '../model/user-score#ScoreOf',
    ScoreSnapshot: entity('ScoreSnapshot'),
    ScoreReview: entity('ScoreReview'),
    // A review carries the score it keeps, and its subject for the consent directive.
    ReviewedScore: entity('ScoreReview'),
    DataExport: EXPORT_SUBJECT,
  },
  consent: {
    Consent: entity('Consent'),
    ConsentReceipt: entity('ConsentReceipt'),
    ConsentRequest: entity('ConsentRequest'),
    AccessLogEntry: entity('AccessLogEntry'),
    WebhookEndpoint: entity('WebhookEndpoint'),
    WebhookDelivery: entity('WebhookDelivery'),
    Notification: entity('Notification'),
    NotificationConnection: '../notifications/notification-feed#NotificationPage',
    User: ENTITY_REFERENCE,
    Partner: ENTITY_REFERENCE,
    DataExport: EXPORT_SUBJECT,
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // ConsentScope for shared TypeScript (the directive, the gate): a const and its union type.
    'shared/consent/__generated__/consent-scope.ts': {
      schema: fromProjectRoot('shared', 'consent', 'consent-scope.graphql'),
      plugins: ['typescript'],
      config: { enumsAsConst: true },
    },
    ...Object.assign({}, ...SUBGRAPH_NAMES.map((name) => resolverTypesFor(name, MAPPERS[name]))),
  },
};

export default config;

import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ParseOptions, ValidationRule } from 'graphql';
import { positiveIntegerFromEnv } from '../env';

/** What one GraphQL document may ask for, checked before anything is planned or resolved. */
export interface QueryLimits {
  /** nesting of fields; fragments do not count as a level */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** lexical tokens of the document: bounds everything graphql-js does before the other checks */
  maxTokens: number;
  /**
   * graphql-armor's static cost: objects 2, scalars 1, ×1.5 per level, × literal `first`/`last`
   * (it cannot see variables; the per-viewer budget prices those). What it stops is a
   * document whose fragments multiply: 25 levels of doubling cost about 2·10^10.
   */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 200_000,
};

const LIMIT_VARIABLES: Record<keyof QueryLimits, string> = {
  maxDepth: 'CREDENCE_MAX_DEPTH',
  maxAliases: 'CREDENCE_MAX_ALIASES',
  maxDirectives: 'CREDENCE_MAX_DIRECTIVES',
  maxTokens: 'CREDENCE_MAX_TOKENS',
  maxCost: 'CREDENCE_MAX_COST',
};

/**
 * A subgraph checks the documents the gateway's query planner writes, which hold more
 * than the client sent: `_entities(representations:)`, `__typename`, key fields, the
 * inputs of `@requires`. Its limits are the gateway's times this factor (depth plus
 * this many levels), so that no plan of a document the gateway accepted is refused,
 * while a caller that got past the gateway still meets a ceiling.
 */
export const SUBGRAPH_HEADROOM = 4;

/** The gateway's limits from CREDENCE_MAX_* (positive whole numbers), or the defaults. */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof QueryLimits)[]) {
    limits[key] = positiveIntegerFromEnv(env, LIMIT_VARIABLES[key], DEFAULT_QUERY_LIMITS[key]);
  }
  return limits;
}

export function subgraphQueryLimits(gateway: QueryLimits): QueryLimits {
  return {
    maxDepth: gateway.maxDepth + SUBGRAPH_HEADROOM,
    maxAliases: gateway.maxAliases * SUBGRAPH_HEADROOM,
    maxDirectives: gateway.maxDirectives * SUBGRAPH_HEADROOM,
    maxTokens: gateway.maxTokens * SUBGRAPH_HEADROOM,
    maxCost: gateway.maxCost * SUBGRAPH_HEADROOM,
  };
}

/** Reports a refusal as a validation error naming the limit, without graphql-armor's "Syntax Error:" prefix. */
function refusal(limit: 'depth' | 'aliases' | 'directives' | 'cost'): GraphQLArmorRejectCallback[] {
  return [
    (context, error) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } })),
  ];
}

/**
 * graphql-armor's depth, alias, directive and cost rules (each walks a fragment once,
 * however often it is spread: linear in the document) plus graphql-js's own token
 * limit, which stops the parser itself. graphql-armor's token plugin re-parses in
 * Apollo's `parsingDidStart` hook, where a refusal becomes a 500; graphql-js's
 * `maxTokens` makes it the coded 400 (GRAPHQL_PARSE_FAILED) a client can act on.
 */
export function queryLimitRules(limits: QueryLimits): {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const shared = { propagateOnRejection: false, exposeLimits: true };
  const { validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors already drops suggestions in production.
    blockFieldSuggestion: { enabled: false },
    maxDepth: { ...shared, n: limits.maxDepth, flattenFragments: true, onReject: refusal('depth') },
    maxAliases: { ...shared, n: limits.maxAliases, onReject: refusal('aliases') },
    maxDirectives: { ...shared, n: limits.maxDirectives, onReject: refusal('directives') },
    costLimit: { ...shared, maxCost: limits.maxCost, flattenFragments: true, onReject: refusal('cost') },
  }).protect();
  return { validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

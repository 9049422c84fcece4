import { buildSchema, GraphQLError, parse, specifiedRules, validate, ValidationContext, ValidationRule } from 'graphql';
import {
  DEFAULT_QUERY_LIMITS,
  queryLimitRules,
  queryLimitsFromEnv,
  SUBGRAPH_HEADROOM,
  subgraphQueryLimits,
} from '../../shared/server/query-limits';
import { fragmentExplosion } from '../../scripts/bench/hostile-documents';

const schema = buildSchema(`
  type Query { user(id: ID!): User users(first: Int): [User] }
  type User { id: ID name: String friends(first: Int): [User] }
`);
const { validationRules, parseOptions } = queryLimitRules(DEFAULT_QUERY_LIMITS);

/** The limit rules alone, counting how often they look a fragment up: each lookup is a walk of it. */
function checkCountingFragmentWalks(document: string): { errors: readonly GraphQLError[]; fragmentWalks: number } {
  let fragmentWalks = 0;
  const counter: ValidationRule = (context: ValidationContext) => {
    const getFragment = context.getFragment.bind(context);
    context.getFragment = (name) => {
      fragmentWalks += 1;
      return getFragment(name);
    };
    return {};
  };
  return { errors: validate(schema, parse(document, parseOptions), [counter, ...validationRules]), fragmentWalks };
}

describe('query limits (graphql-armor)', () => {
  test('the 25-level fragment explosion is refused by cost, each rule walking each fragment once', () => {
    const { errors, fragmentWalks } = checkCountingFragmentWalks(fragmentExplosion(25));
    expect(errors.map((e) => e.extensions.limit)).toEqual(['cost']);
    expect(Number(/found (\S+)\.$/.exec(errors[0].message)![1])).toBeGreaterThan(1e10);
    // an exponential walker would look fragments up 2^25 times; these rules look each of the 25 up at most once each
    expect(fragmentWalks).toBeLessThanOrEqual(25 * validationRules.length);
  });

  test('a fragment cycle ends the walk (graphql-js refuses the cycle itself) instead of looping', () => {
    const cycle = `{ ...A } fragment A on Query { users { id } ...B } fragment B on Query { ...A ...B }`;
    const { fragmentWalks } = checkCountingFragmentWalks(cycle);
    expect(fragmentWalks).toBeLessThanOrEqual(2 * validationRules.length);
    const errors = validate(schema, parse(cycle, parseOptions), [...specifiedRules, ...validationRules]);
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Cannot spread fragment "A" within itself/)]),
    );
  });

  test('the work grows linearly with the levels of the explosion, not with its 2^n expansion', () => {
    const walks = [10, 20, 40, 80].map((levels) => checkCountingFragmentWalks(fragmentExplosion(levels)).fragmentWalks);
    expect(walks.map((count) => count / walks[0])).toEqual([1, 2, 4, 8]);
  });

  test.each([
    ['depth', `{ user(id: "1") { ${'friends { '.repeat(12)}id${' }'.repeat(12)} } }`],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: user(id: "${i}") { id }`).join(' ')} }`],
    ['directives', `{ user(id: "1") { ${'id @include(if: true) '.repeat(51)} } }`],
    ['cost', `{ users(first: 100) { friends(first: 100) { friends(first: 100) { id } } } }`],
  ])('a document over the %s limit is refused with a validation error naming the limit', (limit, document) => {
    const errors = validate(schema, parse(document, parseOptions), validationRules);
    expect(errors.map((e) => e.extensions.limit)).toEqual([limit]);
    expect(errors[0].message).not.toMatch(/^Syntax Error/);
  });

  test('fragments do not count as a level of depth', () => {
    const nested = `{ user(id: "1") { ...A } } fragment A on User { ...B } fragment B on User { ...C } fragment C on User { friends { id } }`;
    expect(validate(schema, parse(nested, parseOptions), validationRules)).toEqual([]);
  });

  test('the parser itself stops at the token limit, before any validation runs', () => {
    expect(() => parse(`{ user(id: "1") { ${'id '.repeat(10_000)} } }`, parseOptions)).toThrow(
      /contains more th.. 1000 tokens/,
    );
  });

  test('limits come from CREDENCE_MAX_*, and a subgraph has headroom for the plans the gateway writes', () => {
    const limits = queryLimitsFromEnv({ CREDENCE_MAX_DEPTH: '8', CREDENCE_MAX_COST: '1000' });
    expect(limits).toEqual({ ...DEFAULT_QUERY_LIMITS, maxDepth: 8, maxCost: 1000 });
    expect(subgraphQueryLimits(limits)).toEqual({
      maxDepth: 8 + SUBGRAPH_HEADROOM,
      maxAliases: DEFAULT_QUERY_LIMITS.maxAliases * SUBGRAPH_HEADROOM,
      maxDirectives: DEFAULT_QUERY_LIMITS.maxDirectives * SUBGRAPH_HEADROOM,
      maxTokens: DEFAULT_QUERY_LIMITS.maxTokens * SUBGRAPH_HEADROOM,
      maxCost: 1000 * SUBGRAPH_HEADROOM,
    });
    expect(() => queryLimitsFromEnv({ CREDENCE_MAX_ALIASES: 'many' })).toThrow(
      'CREDENCE_MAX_ALIASES must be a positive whole number',
    );
  });
});

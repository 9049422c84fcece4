import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** ISO-8601 instants in UTC: every subgraph declares `scalar DateTime` and uses this. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO-8601 in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be an ISO-8601 string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseInstant(ast.value);
  },
});

function parseInstant(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO-8601 string such as 2026-01-31T12:00:00Z.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** Arbitrary JSON: used only for the data export, whose shape is documented, not typed. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral() {
    throw new GraphQLError('JSON literals are not accepted as input.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

/** Every custom scalar of the graph: the gateway parses them as the subgraphs do. */
export const CUSTOM_SCALARS: readonly GraphQLScalarType[] = [DateTimeScalar, JSONScalar];

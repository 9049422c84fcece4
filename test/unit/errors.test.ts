import { ApolloServer } from '@apollo/server';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, maskInternalErrors, shortenEchoedInput } from '../../shared/errors';

// The masked errors are logged unless told otherwise; the tests need no log.
const logSetting = process.env.CREDENCE_LOG_INTERNAL_ERRORS;
beforeAll(() => {
  process.env.CREDENCE_LOG_INTERNAL_ERRORS = 'false';
});
afterAll(() => {
  if (logSetting === undefined) delete process.env.CREDENCE_LOG_INTERNAL_ERRORS;
  else process.env.CREDENCE_LOG_INTERNAL_ERRORS = logSetting;
});

const formatted = (code: string | undefined, message = 'something the client should read'): GraphQLFormattedError => ({
  message,
  path: ['user', 'creditScore'],
  locations: [{ line: 2, column: 3 }],
  extensions: {
    ...(code ? { code } : {}),
    stacktrace: ['Error: at /srv/credence/shared/thing.ts:12:3'],
    argument: 'first',
  },
});

describe('client errors reach the client as they were meant', () => {
  test.each([
    ErrorCode.BAD_USER_INPUT,
    ErrorCode.NOT_FOUND,
    ErrorCode.UNAUTHENTICATED,
    ErrorCode.FORBIDDEN,
    ErrorCode.CONSENT_REQUIRED,
    ErrorCode.CONSENT_UNAVAILABLE,
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
  ])('a %s error keeps its message, path and extensions but loses its stack trace', (code) => {
    const masked = maskInternalErrors(formatted(code), new Error('original'));
    expect(masked).toEqual({
      message: 'something the client should read',
      path: ['user', 'creditScore'],
      locations: [{ line: 2, column: 3 }],
      extensions: { code, argument: 'first' },
    });
  });
});

describe('anything else becomes a generic internal error', () => {
  test.each([
    ['an error with no code', undefined],
    ['an error with a code Credence never issues', 'ECONNREFUSED'],
    ['a database driver error code', 'SQLITE_CONSTRAINT'],
    ['a code that is not a string', 42 as unknown as string],
  ])('%s keeps only its position and says nothing of the cause', (_, code) => {
    const masked = maskInternalErrors(formatted(code, 'relation "credit_record" does not exist'), new Error('db down'));
    expect(masked).toEqual({
      message: 'Internal server error.',
      path: ['user', 'creditScore'],
      locations: [{ line: 2, column: 3 }],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  // Apollo gives every error without a code the code INTERNAL_SERVER_ERROR before
  // formatError runs, so the realistic case is a thrown plain Error seen through Apollo.
  test('an unexpected error thrown in a resolver reaches the client without its message', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { score: Int }',
      resolvers: {
        Query: {
          score: () => {
            throw new Error('relation "t_1234_scores.score_snapshot" does not exist');
          },
        },
      },
      formatError: maskInternalErrors,
    });
    const response = await server.executeOperation({ query: '{ score }' });
    expect(response.body.kind).toBe('single');
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    expect(errors).toEqual([
      {
        message: 'Internal server error.',
        path: ['score'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });
});

describe("a caller's input is echoed back only as a short prefix", () => {
  const huge = 'x'.repeat(900_000);

  test('a long quoted value is cut to its first 64 characters', () => {
    const masked = maskInternalErrors(
      formatted(ErrorCode.BAD_USER_INPUT, `"${huge}" is not a valid id: expected a lowercase UUID.`),
      null,
    );
    expect(masked.message).toBe(`"${'x'.repeat(64)}…" is not a valid id: expected a lowercase UUID.`);
  });

  test('quotes pair up left to right: the text between two short quoted names is never cut', () => {
    const message = `Variable "$id" got invalid value "${huge}"; Expected type "ID".`;
    expect(shortenEchoedInput(message)).toBe(
      `Variable "$id" got invalid value "${'x'.repeat(64)}…"; Expected type "ID".`,
    );
    expect(shortenEchoedInput('Field "a" and field "b" conflict because they have differing arguments here.')).toBe(
      'Field "a" and field "b" conflict because they have differing arguments here.',
    );
  });

  test('escaped quotes stay inside their value, and an unquoted echo is cut by the overall length cap', () => {
    expect(shortenEchoedInput(`got "${'\\"'.repeat(100)}" instead`)).toBe(`got "${'\\"'.repeat(32)}…" instead`);
    expect(shortenEchoedInput(`User ${huge} was not found.`)).toHaveLength(401);
  });
});

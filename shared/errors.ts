import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values a Credence client can rely on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** consent could not be checked right now: the field is withheld, and asking again may work */
  CONSENT_UNAVAILABLE: 'CONSENT_UNAVAILABLE',
  /** the partner asking is suspended by Credence staff: every read is refused until it is reinstated */
  PARTNER_SUSPENDED: 'PARTNER_SUSPENDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

function credenceError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, argument?: string) =>
  credenceError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
export const notFound = (what: string, id: string) => credenceError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`);
export const unauthenticated = (message = 'Sign in to see this data.') => credenceError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => credenceError(ErrorCode.FORBIDDEN, message);
export const consentRequired = (scope: string) =>
  credenceError(ErrorCode.CONSENT_REQUIRED, `The data subject has not granted you the ${scope} consent.`, { scope });

const CLIENT_SAFE_CODES = new Set<string>([
  // INTERNAL_SERVER_ERROR is what Apollo gives any unexpected error: never pass its message on.
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo's own request-level codes: safe, they describe the client's request.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo passes every thrown error to the client, stack traces included outside
 * production. Anything that is not one of our deliberate client errors is replaced
 * by a generic one, so no SQL, file path or internal detail reaches a caller.
 */
export function maskInternalErrors(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (process.env.CREDENCE_LOG_INTERNAL_ERRORS !== 'false') console.error('[credence] internal error:', original);
  return {
    message: 'Internal server error.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

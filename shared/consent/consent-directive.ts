import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, GraphQLResolveInfo, GraphQLSchema, responsePathAsArray } from 'graphql';
import { ConsentGate } from './consent-gate';
import type { ConsentScope } from './consent-scopes';
import { ErrorCode } from '../errors';

export const CONSENT_DIRECTIVE = 'requiresConsent';

/** What the transformer needs from a subgraph's request context. */
export interface ConsentAwareContext {
  consentGate: ConsentGate;
}

/**
 * Whose data a guarded field belongs to: a User's own fields belong to that user;
 * every other guarded type carries its subject as `userId`. Without one, the field
 * cannot be checked, so it is refused (fail closed).
 */
function subjectIdOf(source: Record<string, unknown> | null, typeName: string): string | null {
  if (!source) return null;
  const id = typeName === 'User' ? source.id : source.userId;
  return typeof id === 'string' ? id : null;
}

/**
 * A denial is an expected answer, not a fault: it is built without a stack trace and
 * already located at its field, so graphql-js passes it on as it is instead of
 * wrapping it in a second error (with a second trace). A list of 100 denied fields
 * then costs 100 small objects, not 200 captured stacks.
 */
function denial(code: string, message: string, info: GraphQLResolveInfo): GraphQLError {
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(message, {
      nodes: info.fieldNodes,
      path: responsePathAsArray(info.path),
      extensions: { code },
    });
  } finally {
    Error.stackTraceLimit = traceLimit;
  }
}

/** Validates a guarded field's arguments; throws a client error (e.g. BAD_USER_INPUT) when they are wrong. */
export type ArgumentCheck = (args: Record<string, unknown>) => void;
const argumentChecks = new WeakMap<object, ArgumentCheck>();

/**
 * Marks a guarded field's resolver whose arguments are checked before its consent is
 * decided: bad input is refused without costing a decision, a log entry or a quota
 * slot (e.g. a `scoreAtLeast` threshold outside the model's scale).
 */
export function checkArgumentsBeforeConsent<TResolve extends object>(
  check: ArgumentCheck,
  resolve: TResolve,
): TResolve {
  argumentChecks.set(resolve, check);
  return resolve;
}

/**
 * The one place consent is enforced: every field marked `@requiresConsent(scope:)`
 * resolves only after the consent subgraph has allowed this viewer that scope on the
 * field's subject. A denied field is null with a coded error; its siblings resolve.
 */
export function consentDirectiveTransformer(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const directive = getDirective(schema, field, CONSENT_DIRECTIVE)?.[0];
      if (!directive) return field;
      if (field.type.toString().endsWith('!')) {
        throw new Error(`${typeName}.${fieldName} is guarded by @requiresConsent and must be nullable.`);
      }
      const scope = directive.scope as ConsentScope;
      const noun = (directive.noun as string | undefined) ?? null;
      const coordinate = `${typeName}.${fieldName}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      const checkArguments = argumentChecks.get(resolve);
      return {
        ...field,
        resolve: async (source, args, context: ConsentAwareContext, info) => {
          checkArguments?.(args);
          const subjectId = subjectIdOf(source as Record<string, unknown>, typeName);
          if (!subjectId)
            throw denial(ErrorCode.FORBIDDEN, `${coordinate} has no data subject to check consent against.`, info);
          const detail = Object.keys(args).length ? JSON.stringify(args) : null;
          const decision = await context.consentGate
            .load({ subjectId, scope, field: coordinate, detail, noun })
            .catch((error: Error) => {
              // Fail closed: without a decision (and its access-log entry) nothing is released.
              console.error(`[credence] consent check for ${coordinate} failed:`, error.message);
              throw denial(
                ErrorCode.CONSENT_UNAVAILABLE,
                'Consent could not be checked just now; the field is withheld. Try again.',
                info,
              );
            });
          if (!decision.allowed) {
            throw denial(
              decision.code ?? ErrorCode.FORBIDDEN,
              decision.message ?? `Access to ${coordinate} was refused.`,
              info,
            );
          }
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

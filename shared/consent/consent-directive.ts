import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, GraphQLSchema } from 'graphql';
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

function denial(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
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
      const coordinate = `${typeName}.${fieldName}`;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: async (source, args, context: ConsentAwareContext, info) => {
          const subjectId = subjectIdOf(source as Record<string, unknown>, typeName);
          if (!subjectId) throw denial(ErrorCode.FORBIDDEN, `${coordinate} has no data subject to check consent against.`);
          const detail = Object.keys(args).length ? JSON.stringify(args) : null;
          const decision = await context.consentGate.load({ subjectId, scope, field: coordinate, detail }).catch((error: Error) => {
            // Fail closed: without a decision (and its access-log entry) nothing is released.
            console.error(`[credence] consent check for ${coordinate} failed:`, error.message);
            throw denial(ErrorCode.CONSENT_UNAVAILABLE, 'Consent could not be checked just now; the field is withheld. Try again.');
          });
          if (!decision.allowed) {
            throw denial(decision.code ?? ErrorCode.FORBIDDEN, decision.message ?? `Access to ${coordinate} was refused.`);
          }
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

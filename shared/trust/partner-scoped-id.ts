import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLSchema } from 'graphql';
import { partnerIdCodec, partnerIdTranslation } from './partner-ids';
import { Viewer } from './viewer';

export const PARTNER_SCOPED_ID_DIRECTIVE = 'partnerScopedId';

/** Puts back, in a refusal's words, the id the partner gave where the resolver named the internal one. */
function inGivenWords(error: unknown, givenOf: Map<string, string>): unknown {
  if (error instanceof Error)
    for (const [internal, given] of givenOf)
      if (error.message.includes(internal)) error.message = error.message.split(internal).join(given);
  return error;
}

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

/**
 * Runs a resolver whose errors must not name the internal ids it was given: a thrown
 * error, a rejected answer, and the rejected items of a list (usersByIds answers a
 * missing id with a rejected item) are reworded.
 */
function answeringInGivenWords(run: () => unknown, givenOf: Map<string, string>): unknown {
  const reword = (error: unknown) => Promise.reject(inGivenWords(error, givenOf));
  const items = (value: unknown) =>
    Array.isArray(value) ? value.map((item) => (isPromise(item) ? item.catch(reword) : item)) : value;
  try {
    const answer = run();
    return isPromise(answer) ? answer.then(items, reword) : items(answer);
  } catch (error) {
    throw inGivenWords(error, givenOf);
  }
}

/**
 * Translation in, written once: every argument marked `@partnerScopedId` that a partner
 * gives is turned into the internal id it names before the resolver runs, or into an
 * id that names nobody (partner-ids.ts), so another partner's id or an internal id is
 * answered as a random id is, word for word: the refusal names the id given. Consumers
 * and staff give internal ids, untouched. Input fields carrying the mark are documented
 * only: the one there is (FurnishedRecordInput.subjectId) also arrives in files no
 * GraphQL layer parses, so furnishing translates it itself (furnishing/subject-ids.ts).
 */
export function partnerScopedIdTransformer(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const scoped = Object.entries(field.args ?? {})
        .filter(([, argument]) => getDirective(schema, argument, PARTNER_SCOPED_ID_DIRECTIVE)?.length)
        .map(([name]) => name);
      if (!scoped.length) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args: Record<string, unknown>, context: { viewer: Viewer }, info) => {
          const { viewer } = context;
          if (viewer.kind !== 'partner' || !partnerIdTranslation.enabled) return resolve(source, args, context, info);
          const givenOf = new Map<string, string>();
          /** One cipher call for all the ids of a list: the strings in it become the ids they name. */
          const internal = (given: unknown[]) => {
            const ids = given.filter((id): id is string => typeof id === 'string');
            const found = partnerIdCodec().resolveAll(viewer.partnerId, ids);
            found.forEach((id, i) => givenOf.set(id, ids[i]));
            let next = 0;
            return given.map((id) => (typeof id === 'string' ? found[next++] : id));
          };
          const decoded = { ...args };
          for (const name of scoped) {
            const value = args[name];
            decoded[name] = Array.isArray(value) ? internal(value) : internal([value])[0];
          }
          return answeringInGivenWords(() => resolve(source, decoded, context, info), givenOf);
        },
      };
    },
  });
}

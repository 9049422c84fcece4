import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  visit,
} from 'graphql';
import { partnerIdCodec, partnerIdTranslation } from '../shared/trust/partner-ids';
import { Viewer } from '../shared/trust/viewer';

const DIRECTIVE = 'partnerScopedId';

/**
 * The output fields the subgraphs mark `@partnerScopedId`, as `Type.field`: read from the
 * supergraph, where @composeDirective keeps the mark (the API schema drops it).
 */
export function partnerScopedFields(supergraphSdl: string): Set<string> {
  const fields = new Set<string>();
  visit(parse(supergraphSdl), {
    [Kind.OBJECT_TYPE_DEFINITION]: (type) => {
      for (const field of type.fields ?? [])
        if (field.directives?.some((directive) => directive.name.value === DIRECTIVE))
          fields.add(`${type.name.value}.${field.name.value}`);
    },
  });
  return fields;
}

/**
 * The types from which a partner-scoped field can be reached: the walk goes down only
 * into those (a score, a credit file is never walked), so its cost follows the ids, not
 * the size of the answer. Once per schema.
 */
const reachingBySchema = new WeakMap<GraphQLSchema, Set<string>>();
function typesReaching(schema: GraphQLSchema, scoped: Set<string>): Set<string> {
  let reaching = reachingBySchema.get(schema);
  if (reaching) return reaching;
  reaching = new Set([...scoped].map((coordinate) => coordinate.split('.')[0]));
  const types = Object.values(schema.getTypeMap());
  for (let grew = true; grew;) {
    grew = false;
    for (const type of types) {
      if (reaching.has(type.name)) continue;
      const leads = isUnionType(type)
        ? type.getTypes()
        : isObjectType(type) || isInterfaceType(type)
          ? Object.values(type.getFields()).map((field) => getNamedType(field.type))
          : [];
      if (leads.some((next) => reaching!.has(next.name))) {
        reaching.add(type.name);
        grew = true;
      }
    }
  }
  reachingBySchema.set(schema, reaching);
  return reaching;
}

interface Walk {
  schema: GraphQLSchema;
  reaching: Set<string>;
  fragments: Record<string, FragmentDefinitionNode>;
  scoped: Set<string>;
  /** the places holding partner-scoped ids, each once (a key selected twice, by a field and a fragment, counts once) */
  found: Map<Record<string, unknown>, Set<string>>;
}

const each = (value: unknown, visitItem: (item: Record<string, unknown>) => void): void => {
  if (Array.isArray(value)) value.forEach((item) => each(item, visitItem));
  else if (value !== null && typeof value === 'object') visitItem(value as Record<string, unknown>);
};

/** The ids in a value (one, or a list of them), in order, then the value with them replaced in that order. */
const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(idsIn) : typeof value === 'string' ? [value] : [];
const withIds = (value: unknown, next: () => string): unknown =>
  Array.isArray(value) ? value.map((item) => withIds(item, next)) : typeof value === 'string' ? next() : value;

/** The object type of a response object: its own, or (under an interface or union) the __typename it carries. */
function runtimeType(walk: Walk, declared: ReturnType<typeof getNamedType>, object: Record<string, unknown>) {
  if (isObjectType(declared)) return declared;
  if (!isAbstractType(declared)) return null;
  const named = typeof object.__typename === 'string' ? walk.schema.getType(object.__typename) : null;
  // No interface or union leads to a consumer's id today; one that does must ask for __typename, else this fails closed.
  if (!isObjectType(named)) throw new Error(`${declared.name} needs __typename to translate partner-scoped ids.`);
  return named;
}

/** Finds the partner-scoped fields of one response object, following the operation's selections. */
function translate(walk: Walk, object: Record<string, unknown>, type: GraphQLObjectType, selections: SelectionSetNode) {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (!condition || condition === type.name || !isObjectType(walk.schema.getType(condition)))
        translate(walk, object, type, selection.selectionSet);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      const condition = fragment?.typeCondition.name.value;
      if (fragment && (condition === type.name || !isObjectType(walk.schema.getType(condition))))
        translate(walk, object, type, fragment.selectionSet);
      continue;
    }
    const key = selection.alias?.value ?? selection.name.value;
    const value = object[key];
    if (value === null || value === undefined) continue;
    if (walk.scoped.has(`${type.name}.${selection.name.value}`)) {
      const keys = walk.found.get(object) ?? new Set<string>();
      walk.found.set(object, keys.add(key));
      continue;
    }
    const field = type.getFields()[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const declared = getNamedType(field.type);
    if (!walk.reaching.has(declared.name)) continue;
    each(value, (item) => {
      const itemType = runtimeType(walk, declared, item);
      if (itemType) translate(walk, item, itemType, selection.selectionSet!);
    });
  }
}

/** Replaces, in an operation's result, every partner-scoped field's ids by what `encodeAll` makes of them. */
export function translateOut(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  scoped: Set<string>,
  data: Record<string, unknown>,
  encodeAll: (ids: string[]) => string[],
): void {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const found = new Map<Record<string, unknown>, Set<string>>();
  const reaching = typesReaching(schema, scoped);
  translate({ schema, reaching, fragments, scoped, found }, data, root, operation.selectionSet);
  // then every id at once: one cipher call per response, however many ids it holds
  const places = [...found].flatMap(([object, keys]) => [...keys].map((key) => ({ object, key })));
  const ids = encodeAll(places.flatMap(({ object, key }) => idsIn(object[key])));
  let next = 0;
  for (const { object, key } of places) object[key] = withIds(object[key], () => ids[next++]);
}

/**
 * Translation out, written once: in every answer to a partner, each field the subgraphs
 * mark `@partnerScopedId` (User.id, wherever it is reached: Consent.subject,
 * ConsentRequest.consent.subject, usersByIds…) is replaced by the partner's own id for
 * that consumer, after the query plan ran, so the subgraphs and the entity keys between
 * them keep the internal id. Consumers and staff read internal ids.
 *
 * Listed after the idempotency plugin: its willSendResponse keeps the answer (synchronously,
 * before this one runs) with internal ids, and a replay is translated here as a first answer is.
 */
export function partnerScopedIdPlugin(supergraphSdl: string): ApolloServerPlugin<{ viewer: Viewer }> {
  const scoped = partnerScopedFields(supergraphSdl);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, document, operation, schema }) {
          const { viewer } = contextValue;
          if (
            !partnerIdTranslation.enabled ||
            viewer.kind !== 'partner' ||
            response.body.kind !== 'single' ||
            !document ||
            !operation
          )
            return;
          const data = response.body.singleResult.data;
          if (!data) return;
          const codec = partnerIdCodec();
          translateOut(schema, document, operation, scoped, data, (ids) => codec.encodeAll(viewer.partnerId, ids));
        },
      };
    },
  };
}

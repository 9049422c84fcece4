import {
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  DocumentNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/** Arguments that say how many items a field returns: page sizes, and the ids asked for. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'];
const ID_LIST_ARGUMENTS = ['ids'];

type Variables = Record<string, unknown>;

function argumentValue(node: ValueNode, variables: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

/**
 * What a list without a size argument (a partner's consents, a consent's receipts, the
 * partners) is priced at before it runs: a default page. The estimate is reserved, so
 * pricing such a list at one item let a burst of requests each costing hundreds in
 * fact be admitted at a few points apiece; a list longer than this is settled at what
 * it returned, and its answer withheld if the budget cannot cover that (cost-budget.ts).
 */
export const UNSIZED_LIST_ITEMS = 20;

/** A connection's `edges`: its items are counted by the connection's own `first`, not again. */
const isConnectionEdges = (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) =>
  field.name === 'edges' && parent.name.endsWith('Connection');

/** How many items the field asks for: its page size, the number of ids, a default page for another list, or 1. */
function itemsAsked(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Variables,
): number {
  for (const definition of field.args) {
    const given = args.find((arg) => arg.name.value === definition.name);
    const value = given ? argumentValue(given.value, variables) : definition.defaultValue;
    if (PAGE_SIZE_ARGUMENTS.includes(definition.name) && typeof value === 'number') return Math.max(0, value);
    if (ID_LIST_ARGUMENTS.includes(definition.name) && Array.isArray(value)) return value.length;
  }
  return isListType(getNullableType(field.type)) && !isConnectionEdges(parent, field) ? UNSIZED_LIST_ITEMS : 1;
}

/** A document's fragments by name, as `requestedCost` looks them up. */
export const fragmentsOf = (document: DocumentNode): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );

/**
 * What an operation may return, in objects (GitHub's and Shopify's unit): each object
 * field costs 1 per item, and a page size or id list multiplies everything below it;
 * scalars are free. Variables count, so `users(first: $n)` is priced at n. A fragment
 * is priced once however often it is spread, so the walk is linear in the document.
 * Lists without a size argument (partners, a consumer's consents, a score's reasons)
 * count as UNSIZED_LIST_ITEMS; a connection's edges count as its page. The actual cost,
 * counted in the response, settles the difference.
 */
export function requestedCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables = {},
): number {
  const fragmentCosts = new Map<string, number>();

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += fragmentCost(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += isCompositeType(type) ? costOf(selection.selectionSet, type) : 0;
      } else if (selection.selectionSet && 'getFields' in parent) {
        const field = parent.getFields()[selection.name.value];
        const type = field && getNamedType(field.type);
        if (!field || !isCompositeType(type)) continue; // introspection: priced by the static limits
        const items = itemsAsked(parent, field, selection.arguments ?? [], variables);
        const below = costOf(selection.selectionSet, type);
        total += isListType(getNullableType(field.type)) ? items * (1 + below) : 1 + items * below;
      }
    }
    return total;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    fragmentCosts.set(name, 0); // a cycle is refused by validation before this runs; never loop on one
    const fragment = fragments[name];
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost = fragment && isCompositeType(type) ? costOf(fragment.selectionSet, type) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? Math.max(1, costOf(operation.selectionSet, root)) : 1;
}

/**
 * The response keys of an operation's introspection fields (__schema, __type, under any
 * alias): the schema is priced by the static limits, as the estimate prices it, not by
 * the size of its answer.
 */
export function introspectionKeys(operation: OperationDefinitionNode | undefined): Set<string> {
  const keys = new Set<string>();
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (
      selection.kind === Kind.FIELD &&
      selection.name.value.startsWith('__') &&
      selection.name.value !== '__typename'
    ) {
      keys.add(selection.alias?.value ?? selection.name.value);
    }
  }
  return keys;
}

/** What a response holds, in the same unit: every object in its data, list items included; `skip` names root keys left out. */
export function actualCost(data: unknown, skip: ReadonlySet<string> = new Set()): number {
  let objects = 0;
  const root =
    data && typeof data === 'object'
      ? Object.fromEntries(Object.entries(data).filter(([key]) => !skip.has(key)))
      : data;
  const pending: unknown[] = [root];
  while (pending.length) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (value && typeof value === 'object') {
      objects += 1;
      for (const item of Object.values(value)) pending.push(item);
    }
  }
  return Math.max(1, objects - 1); // the data object itself is free, as the operation's root is
}

/**
 * Records an operation writes (a furnisher's `reportCreditRecords(input: { records })`):
 * each costs a point, as an object read does, in the estimate and in the actual cost
 * alike, for the answer itself holds few objects. Counted from literals or variables.
 */
export function recordsWritten(operation: OperationDefinitionNode | undefined, variables: Variables = {}): number {
  if (operation?.operation !== 'mutation') return 0;
  let records = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const input = selection.arguments?.find((arg) => arg.name.value === 'input')?.value;
    if (input?.kind === Kind.VARIABLE) {
      const value = variables[input.name.value] as { records?: unknown } | undefined;
      if (Array.isArray(value?.records)) records += value.records.length;
    } else if (input?.kind === Kind.OBJECT) {
      const list = input.fields.find((field) => field.name.value === 'records')?.value;
      if (list?.kind === Kind.LIST) records += list.values.length;
      if (list?.kind === Kind.VARIABLE) {
        const value = variables[list.name.value];
        if (Array.isArray(value)) records += value.length;
      }
    }
  }
  return records;
}

import { GraphQLError, ValidationRule } from 'graphql';

/** Refuses `__schema`: the whole schema in one answer, what tools download to map an API. */
const noSchemaDump: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '__schema') return;
    context.reportError(
      new GraphQLError(
        'Introspection of the whole schema (__schema) is disabled in production; __type(name:) looks up one type.',
        {
          nodes: [node],
        },
      ),
    );
  },
});

/**
 * Apollo's `introspection` stays on; these rules decide. In development, full
 * introspection (the playground needs it). In production, a caller
 * may still look up one named type with `__type(name:)`, which GraphQL-over-HTTP
 * conformance relies on (the graphql-http audit's MUSTs send such queries), but not
 * dump the schema. The schema is no secret (partners get it documented), and the
 * internal fields are never in it (`@inaccessible`); what production withholds is the
 * one-request map.
 */
export function introspectionRules(env: NodeJS.ProcessEnv = process.env): ValidationRule[] {
  return env.NODE_ENV === 'production' ? [noSchemaDump] : [];
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices, CompositionSuccess } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { fromProjectRoot } from '../shared/paths';
import { SUBGRAPH_NAMES, SubgraphName } from '../shared/server/subgraph-module';
import { readSubgraphTypeDefs } from '../shared/server/subgraph-schema';

export const SUPERGRAPH_FILE = join(__dirname, 'supergraph.graphql');
const SOURCE_SUPERGRAPH_FILE = fromProjectRoot('gateway', 'supergraph.graphql');
/** Checked in for front-end code generators; the gateway itself never reads it. */
export const API_SCHEMA_FILE = fromProjectRoot('gateway', 'api-schema.graphql');

/** Placeholder addresses: the gateway always routes to the URLs it is configured with. */
const COMPOSE_URL = (name: SubgraphName) => `http://${name}.credence.internal/graphql`;

const API_SCHEMA_HEADER = `# The Credence graph as clients see it: the supergraph's API schema, without
# @inaccessible fields, federation internals or join/link directives.
# Written by \`npm run build\` from the subgraph schemas; do not edit. Point code generators here.

`;

export class CompositionError extends Error {}

/** Composes the four subgraph schemas; any composition error throws. */
function composition(): CompositionSuccess {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: COMPOSE_URL(name),
      typeDefs: parse(readSubgraphTypeDefs(fromProjectRoot('subgraphs', name, 'schema.graphql'))),
    })),
  );
  if (result.errors) {
    throw new CompositionError(
      `Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return result;
}

/** The supergraph the gateway routes with. */
export function composeSupergraph(): string {
  return composition().supergraphSdl;
}

/** The client-facing schema of a composition: what the gateway answers to introspection. */
function apiSchemaOf(result: CompositionSuccess): string {
  return API_SCHEMA_HEADER + printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
}

/** One composition, both outputs: the supergraph the gateway routes with and the schema clients see. */
export function composeSupergraphAndApiSchema(): { supergraphSdl: string; apiSchema: string } {
  const result = composition();
  return { supergraphSdl: result.supergraphSdl, apiSchema: apiSchemaOf(result) };
}

/** The build step: write the supergraph beside the gateway and the API schema for clients, or fail the build. */
if (require.main === module) {
  try {
    const { supergraphSdl, apiSchema } = composeSupergraphAndApiSchema();
    writeFileSync(SOURCE_SUPERGRAPH_FILE, supergraphSdl);
    writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    writeFileSync(API_SCHEMA_FILE, apiSchema);
    console.error(
      `supergraph composed from ${SUBGRAPH_NAMES.join(', ')} → gateway/supergraph.graphql, gateway/api-schema.graphql`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}

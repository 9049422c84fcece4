import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { fromProjectRoot } from '../shared/paths';
import { SUBGRAPH_NAMES, SubgraphName } from '../shared/server/subgraph-module';
import { readSubgraphTypeDefs } from '../shared/server/subgraph-schema';

export const SUPERGRAPH_FILE = join(__dirname, 'supergraph.graphql');
const SOURCE_SUPERGRAPH_FILE = fromProjectRoot('gateway', 'supergraph.graphql');

/** Placeholder addresses: the gateway always routes to the URLs it is configured with. */
const COMPOSE_URL = (name: SubgraphName) => `http://${name}.credence.internal/graphql`;

export class CompositionError extends Error {}

/** Composes the four subgraph schemas into the supergraph; any composition error throws. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: COMPOSE_URL(name),
      typeDefs: parse(readSubgraphTypeDefs(fromProjectRoot('subgraphs', name, 'schema.graphql'))),
    })),
  );
  if (result.errors) {
    throw new CompositionError(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/** The build step: write the supergraph beside the gateway, or fail the build. */
if (require.main === module) {
  try {
    const sdl = composeSupergraph();
    writeFileSync(SOURCE_SUPERGRAPH_FILE, sdl);
    writeFileSync(SUPERGRAPH_FILE, sdl);
    console.error(`supergraph composed from ${SUBGRAPH_NAMES.join(', ')} → gateway/supergraph.graphql`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}

import { runSubgraph } from '../../shared/run-subgraph';
import { DEFAULT_PORTS } from '../default-ports';
import { consentSubgraph } from './server';

runSubgraph(consentSubgraph, DEFAULT_PORTS).catch((error) => {
  console.error(`consent subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

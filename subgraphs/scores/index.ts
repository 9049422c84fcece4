import { runSubgraph } from '../../shared/run-subgraph';
import { DEFAULT_PORTS } from '../default-ports';
import { scoresSubgraph } from './server';

runSubgraph(scoresSubgraph, DEFAULT_PORTS).catch((error) => {
  console.error(`scores subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

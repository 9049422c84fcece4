import { runSubgraph } from '../../shared/server/run-subgraph';
import { scoresSubgraph } from './subgraph';

runSubgraph(scoresSubgraph).catch((error) => {
  console.error(`scores subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

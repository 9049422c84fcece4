import { runSubgraph } from '../../shared/server/run-subgraph';
import { consentSubgraph } from './subgraph';

runSubgraph(consentSubgraph).catch((error) => {
  console.error(`consent subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

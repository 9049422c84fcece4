import { runSubgraph } from '../../shared/server/run-subgraph';
import { creditHistorySubgraph } from './subgraph';

runSubgraph(creditHistorySubgraph).catch((error) => {
  console.error(`credit-history subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

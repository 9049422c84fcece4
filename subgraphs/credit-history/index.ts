import { runSubgraph } from '../../shared/run-subgraph';
import { DEFAULT_PORTS } from '../default-ports';
import { creditHistorySubgraph } from './server';

runSubgraph(creditHistorySubgraph, DEFAULT_PORTS).catch((error) => {
  console.error(`credit-history subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

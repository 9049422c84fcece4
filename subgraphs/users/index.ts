import { runSubgraph } from '../../shared/run-subgraph';
import { DEFAULT_PORTS } from '../default-ports';
import { usersSubgraph } from './server';

runSubgraph(usersSubgraph, DEFAULT_PORTS).catch((error) => {
  console.error(`users subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

import { runSubgraph } from '../../shared/server/run-subgraph';
import { usersSubgraph } from './subgraph';

runSubgraph(usersSubgraph).catch((error) => {
  console.error(`users subgraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});

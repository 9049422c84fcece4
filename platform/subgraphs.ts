import { SubgraphModule, SubgraphName } from '../shared/server/subgraph-module';
import { consentSubgraph } from '../subgraphs/consent/subgraph';
import { creditHistorySubgraph } from '../subgraphs/credit-history/subgraph';
import { scoresSubgraph } from '../subgraphs/scores/subgraph';
import { usersSubgraph } from '../subgraphs/users/subgraph';

export const SUBGRAPHS: Record<SubgraphName, SubgraphModule<unknown>> = {
  users: usersSubgraph as SubgraphModule<unknown>,
  'credit-history': creditHistorySubgraph as SubgraphModule<unknown>,
  scores: scoresSubgraph as SubgraphModule<unknown>,
  consent: consentSubgraph as SubgraphModule<unknown>,
};

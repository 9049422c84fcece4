import { SubgraphModule, SubgraphName } from '../shared/subgraph-module';
import { consentSubgraph } from './consent/server';
import { creditHistorySubgraph } from './credit-history/server';
import { scoresSubgraph } from './scores/server';
import { usersSubgraph } from './users/server';

export const SUBGRAPHS: Record<SubgraphName, SubgraphModule<unknown>> = {
  users: usersSubgraph as SubgraphModule<unknown>,
  'credit-history': creditHistorySubgraph as SubgraphModule<unknown>,
  scores: scoresSubgraph as SubgraphModule<unknown>,
  consent: consentSubgraph as SubgraphModule<unknown>,
};

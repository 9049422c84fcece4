import { join } from 'node:path';
import { outboxMetrics } from '../../shared/server/outbox-metrics';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { ScoringInputsChange, startScoringInputsDispatcher } from '../../shared/scoring/scoring-inputs-change';
import { Partner } from './entities/Partner';
import { PartnerCredential } from './entities/PartnerCredential';
import { UserProfile } from './entities/UserProfile';
import { createLoaders, UsersLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { usersSubjectData } from './subject-data';
import { seedUsers } from './seed';

export const usersSubgraph: SubgraphModule<UsersLoaders> = {
  name: 'users',
  definition: {
    name: 'users',
    schemaFile: join(__dirname, 'schema.graphql'),
    resolvers,
    createLoaders,
    subjectData: usersSubjectData,
    needs: ['consent'],
    metrics: outboxMetrics('scoring_inputs', ScoringInputsChange),
  },
  database: {
    storeName: 'users',
    entities: [UserProfile, Partner, PartnerCredential, ScoringInputsChange],
    migrations,
  },
  seed: seedUsers,
  startWorkers: (database, peers) => startScoringInputsDispatcher(database, peers, 'PROFILE'),
};

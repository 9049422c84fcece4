import { join } from 'node:path';
import { caseworkMetrics } from '../../shared/server/casework-metrics';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { ScoreReview } from './entities/ScoreReview';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { createLoaders, ScoresLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { scoresSubjectData } from './subject-data';

export const scoresSubgraph: SubgraphModule<ScoresLoaders> = {
  name: 'scores',
  definition: {
    name: 'scores', schemaFile: join(__dirname, 'schema.graphql'), resolvers, createLoaders, subjectData: scoresSubjectData,
    // consent decides guarded fields; users and credit-history hold the inputs a score review keeps
    needs: ['consent', 'users', 'credit-history'],
    metrics: caseworkMetrics('score_review', ScoreReview, ['OPEN']),
  },
  database: { storeName: 'scores', entities: [ScoreSnapshot, ScoreReview], migrations },
  // Scores are computed from the other subgraphs' data on read; there is nothing to seed.
  seed: async () => 0,
};

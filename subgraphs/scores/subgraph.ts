import { join } from 'node:path';
import { caseworkMetrics } from '../../shared/server/casework-metrics';
import { allMetrics, outboxMetrics } from '../../shared/server/outbox-metrics';
import { startAllWorkers, SubgraphModule } from '../../shared/server/subgraph-module';
import { startModelUpgrade } from './current/model-upgrade';
import { startScoreChangeNoticeDispatcher } from './current/score-change-notices';
import { scoreMetrics } from './current/score-metrics';
import { CurrentScore } from './entities/CurrentScore';
import { ScoreChangeNotice } from './entities/ScoreChangeNotice';
import { ScoreReview } from './entities/ScoreReview';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { createLoaders, ScoresLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { scoresSubjectData } from './subject-data';

export const scoresSubgraph: SubgraphModule<ScoresLoaders> = {
  name: 'scores',
  definition: {
    name: 'scores',
    schemaFile: join(__dirname, 'schema.graphql'),
    resolvers,
    createLoaders,
    subjectData: scoresSubjectData,
    // consent decides guarded fields; users and credit-history hold the inputs a recompute fetches
    needs: ['consent', 'users', 'credit-history'],
    metrics: allMetrics(
      caseworkMetrics('score_review', ScoreReview, ['OPEN']),
      scoreMetrics,
      outboxMetrics('score_change_notice', ScoreChangeNotice),
    ),
  },
  database: {
    storeName: 'scores',
    entities: [CurrentScore, ScoreSnapshot, ScoreReview, ScoreChangeNotice],
    migrations,
  },
  // Scores are computed from the other subgraphs' data when they announce it (their seeds do): nothing to seed.
  seed: async () => 0,
  startWorkers: (database, peers) =>
    startAllWorkers(startModelUpgrade(database, peers), startScoreChangeNoticeDispatcher(database, peers)),
};

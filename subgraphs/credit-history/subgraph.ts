import { join } from 'node:path';
import { caseworkMetrics } from '../../shared/server/casework-metrics';
import { allMetrics, outboxMetrics } from '../../shared/server/outbox-metrics';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { ScoringInputsChange, startScoringInputsDispatcher } from '../../shared/scoring/scoring-inputs-change';
import { UNRESOLVED_STATUSES } from './disputes/dispute-lifecycle';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { Dispute } from './entities/Dispute';
import { DisputeNotice } from './entities/DisputeNotice';
import { FurnishingBatch } from './entities/FurnishingBatch';
import { FurnishingChunk } from './entities/FurnishingChunk';
import { FurnishingNotice } from './entities/FurnishingNotice';
import { FurnishingRejection } from './entities/FurnishingRejection';
import { FurnishingReplay } from './entities/FurnishingReplay';
import { startFurnishingWorker } from './furnishing/batch-worker';
import { startFurnishingNoticeDispatcher } from './furnishing/notice-dispatch';
import { furnishingChunkRoute } from './furnishing/chunk-route';
import { startDisputeNoticeDispatcher } from './disputes/dispute-notices';
import { startDisputeDeadlineSweep } from './disputes/dispute-deadlines';
import { createLoaders, CreditHistoryLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { creditHistorySubjectData } from './subject-data';
import { seedCreditHistory } from './seed';

export const creditHistorySubgraph: SubgraphModule<CreditHistoryLoaders> = {
  name: 'credit-history',
  definition: {
    name: 'credit-history',
    schemaFile: join(__dirname, 'schema.graphql'),
    resolvers,
    createLoaders,
    subjectData: creditHistorySubjectData,
    needs: ['consent'],
    metrics: allMetrics(
      caseworkMetrics('dispute', Dispute, UNRESOLVED_STATUSES),
      outboxMetrics('scoring_inputs', ScoringInputsChange),
    ),
    routes: furnishingChunkRoute,
  },
  database: {
    storeName: 'credit_history',
    entities: [
      CreditFile,
      CreditAccount,
      CreditRecord,
      Dispute,
      DisputeNotice,
      ScoringInputsChange,
      FurnishingBatch,
      FurnishingChunk,
      FurnishingRejection,
      FurnishingReplay,
      FurnishingNotice,
    ],
    migrations,
  },
  seed: seedCreditHistory,
  startWorkers: async (database, peers) => {
    const stops = [
      await startDisputeNoticeDispatcher(database, peers),
      await startScoringInputsDispatcher(database, peers, 'CREDIT_FILE'),
      await startFurnishingWorker(database, peers),
      await startFurnishingNoticeDispatcher(database, peers),
      await startDisputeDeadlineSweep(database),
    ];
    return async () => {
      await Promise.all(stops.map((stop) => stop()));
    };
  },
};

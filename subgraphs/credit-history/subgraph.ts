import { join } from 'node:path';
import { caseworkMetrics } from '../../shared/server/casework-metrics';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { UNRESOLVED_STATUSES } from './disputes/dispute-lifecycle';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { Dispute } from './entities/Dispute';
import { DisputeNotice } from './entities/DisputeNotice';
import { startDisputeNoticeDispatcher } from './disputes/dispute-notices';
import { createLoaders, CreditHistoryLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { creditHistorySubjectData } from './subject-data';
import { seedCreditHistory } from './seed';

export const creditHistorySubgraph: SubgraphModule<CreditHistoryLoaders> = {
  name: 'credit-history',
  definition: {
    name: 'credit-history', schemaFile: join(__dirname, 'schema.graphql'), resolvers, createLoaders, subjectData: creditHistorySubjectData,
    needs: ['consent'],
    metrics: caseworkMetrics('dispute', Dispute, UNRESOLVED_STATUSES),
  },
  database: { storeName: 'credit_history', entities: [CreditFile, CreditAccount, CreditRecord, Dispute, DisputeNotice], migrations },
  seed: seedCreditHistory,
  startWorkers: async (database, peers) => startDisputeNoticeDispatcher(database, peers),
};

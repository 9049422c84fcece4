import { join } from 'node:path';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { Dispute } from './entities/Dispute';
import { createLoaders, CreditHistoryLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seedCreditHistory } from './seed';

export const creditHistorySubgraph: SubgraphModule<CreditHistoryLoaders> = {
  name: 'credit-history',
  definition: { name: 'credit-history', schemaFile: join(__dirname, 'schema.graphql'), resolvers, createLoaders },
  database: { storeName: 'credit_history', entities: [CreditFile, CreditAccount, CreditRecord, Dispute], migrations },
  seed: seedCreditHistory,
};

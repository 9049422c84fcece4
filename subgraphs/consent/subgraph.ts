import { join } from 'node:path';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { startAccessLogPurge } from './access-log/retention';
import { AccessLogEntry } from './entities/AccessLogEntry';
import { Consent } from './entities/Consent';
import { ConsentReceipt } from './entities/ConsentReceipt';
import { ConsentRequest } from './entities/ConsentRequest';
import { ErasureRequest } from './entities/ErasureRequest';
import { ErasureTask } from './entities/ErasureTask';
import { FileFreeze } from './entities/FileFreeze';
import { IdempotentRequest } from './entities/IdempotentRequest';
import { startIdempotencyPurge } from './idempotency/idempotency-keys';
import { Notification } from './entities/Notification';
import { Furnisher } from './entities/Furnisher';
import { PartnerAccess } from './entities/PartnerAccess';
import { SubjectLock } from './entities/SubjectLock';
import { ThresholdQuota } from './entities/ThresholdQuota';
import { WebhookDelivery } from './entities/WebhookDelivery';
import { WebhookEndpoint } from './entities/WebhookEndpoint';
import { startErasureDispatcher } from './erasure/erase-subject';
import { ConsentLoaders, createLoaders } from './loaders';
import { consentMetrics } from './metrics/consent-metrics';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { consentSubjectData } from './subject-data';
import { seedConsents } from './seed';
import { startExpirySweep } from './consents/expire-consents';
import { startWebhookDispatcher } from './webhooks/webhook-outbox';
import { startPartnerCopyBackfill } from './receipts/partner-copies';
import { receiptKeys } from '../../shared/trust/receipt-key';
import { memoisedStanding } from '../../shared/trust/account-standing';
import { hasLiveAccount } from './standing/live-accounts';

export const consentSubgraph: SubgraphModule<ConsentLoaders> = {
  name: 'consent',
  definition: {
    name: 'consent',
    schemaFile: join(__dirname, 'schema.graphql'),
    resolvers,
    createLoaders,
    subjectData: consentSubjectData,
    // grants and suspensions check that the partner exists; consent requests find a consumer by e-mail
    needs: ['users'],
    metrics: consentMetrics,
    // the erasures are here: this subgraph answers the standing itself (the others ask it)
    accountStanding: (database, viewer, peers) => memoisedStanding(() => hasLiveAccount(database, peers, viewer)),
  },
  database: {
    storeName: 'consent',
    entities: [
      Consent,
      ConsentRequest,
      AccessLogEntry,
      ThresholdQuota,
      ErasureRequest,
      ErasureTask,
      SubjectLock,
      PartnerAccess,
      Furnisher,
      WebhookEndpoint,
      WebhookDelivery,
      ConsentReceipt,
      FileFreeze,
      Notification,
      IdempotentRequest,
    ],
    migrations,
  },
  seed: seedConsents,
  startWorkers: async (database, peers) => {
    // Loaded now, so a missing production key stops the start rather than the first grant.
    await receiptKeys();
    const stops = [
      await startErasureDispatcher(database, peers),
      await startAccessLogPurge(database),
      await startIdempotencyPurge(database.dataSource),
      await startExpirySweep(database),
      await startWebhookDispatcher(database),
      startPartnerCopyBackfill(database),
    ];
    return async () => {
      await Promise.all(stops.map((stop) => stop()));
    };
  },
};

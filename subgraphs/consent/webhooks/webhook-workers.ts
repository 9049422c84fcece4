import { SubgraphDatabase } from '../../../shared/store/database';
import { startExpirySweep } from './expiry-sweep';
import { startWebhookDispatcher } from './webhook-outbox';

/** The sweep that notices expiries and the dispatcher that delivers; returns their stop functions. */
export const startWebhookWorkers = async (database: SubgraphDatabase) => [await startExpirySweep(database), await startWebhookDispatcher(database)];

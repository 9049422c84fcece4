import { LessThan } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { ThresholdQuota } from '../entities/ThresholdQuota';
import { WebhookDelivery } from '../entities/WebhookDelivery';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { wholeNumberFromEnv } from '../../../shared/env';
import { DAY_MS } from '../../../shared/time';

/** Three years: the record-keeping period financial-data rules ask for (e.g. 12 CFR 1033). */
export const DEFAULT_RETENTION_DAYS = 3 * 365;

export function accessLogRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, 'CREDENCE_ACCESS_LOG_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 'days');
}

/**
 * Delivered webhooks are the partner's recent history, not a record Credence needs: their
 * bodies name consumers, so they go after a month (CREDENCE_WEBHOOK_DELIVERY_RETENTION_DAYS),
 * erased consumers' included.
 */
export function webhookDeliveryRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, 'CREDENCE_WEBHOOK_DELIVERY_RETENTION_DAYS', 30, 'days');
}

export interface PurgeOptions {
  retentionDays?: number;
  deliveryRetentionDays?: number;
  /** rows deleted per statement: a purge never holds locks on more */
  batchSize?: number;
  /** batches per run: a backlog is worked off over several runs */
  maxBatches?: number;
}

export interface PurgeResult {
  events: number;
  quotas: number;
  deliveries: number;
}

const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Deletes read events older than the retention period, threshold quotas that have
 * left their window and webhooks delivered before the delivery retention period, oldest
 * first, in bounded batches. Idle, a run is three indexed SELECTs that find nothing (a
 * delivered row's next_attempt_at is the end of the lease it was delivered in, so the
 * outbox's (status, next_attempt_at) index finds old ones). Replicas may run it at once: deleting is idempotent.
 */
export async function purgeExpiredAccessData(
  database: SubgraphDatabase,
  now = new Date(),
  options: PurgeOptions = {},
): Promise<PurgeResult> {
  const {
    retentionDays = accessLogRetentionDays(),
    deliveryRetentionDays = webhookDeliveryRetentionDays(),
    batchSize = 1000,
    maxBatches = 50,
  } = options;
  const { dataSource } = database;
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const deliveryCutoff = new Date(now.getTime() - deliveryRetentionDays * DAY_MS);
  const result: PurgeResult = { events: 0, quotas: 0, deliveries: 0 };
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const events = await dataSource.getRepository(AccessLogEntry).find({
      select: { id: true },
      where: { occurredAt: LessThan(cutoff) },
      order: { occurredAt: 'ASC' },
      take: batchSize,
    });
    if (events.length) await dataSource.getRepository(AccessLogEntry).delete(events.map((event) => event.id));
    const quotas = await dataSource.getRepository(ThresholdQuota).find({
      select: { partnerId: true, subjectId: true },
      where: { expiresAt: LessThan(now) },
      take: batchSize,
    });
    if (quotas.length) {
      const keys = quotas.map(({ partnerId, subjectId }) => ({ partnerId, subjectId }));
      await dataSource.createQueryBuilder().delete().from(ThresholdQuota).whereInIds(keys).execute();
    }
    const deliveries = await dataSource.getRepository(WebhookDelivery).find({
      select: { id: true },
      where: { status: 'DONE', nextAttemptAt: LessThan(deliveryCutoff) },
      order: { nextAttemptAt: 'ASC' },
      take: batchSize,
    });
    if (deliveries.length)
      await dataSource.getRepository(WebhookDelivery).delete(deliveries.map((delivery) => delivery.id));
    result.events += events.length;
    result.quotas += quotas.length;
    result.deliveries += deliveries.length;
    if (events.length < batchSize && quotas.length < batchSize && deliveries.length < batchSize) break;
    await yieldToRequests();
  }
  return result;
}

/**
 * Purges at start (and has done so when this returns) and then every
 * CREDENCE_ACCESS_LOG_PURGE_MS (an hour by default); returns the function that stops it.
 */
export function startAccessLogPurge(
  database: SubgraphDatabase,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_ACCESS_LOG_PURGE_MS', 3_600_000, 'milliseconds'),
): Promise<() => Promise<void>> {
  return runPeriodically('access-log purge', intervalMs, () => purgeExpiredAccessData(database));
}

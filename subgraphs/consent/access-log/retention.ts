import { LessThan } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { ThresholdQuota } from '../entities/ThresholdQuota';
import { runPeriodically } from '../../../shared/store/periodic-work';

const DAY_MS = 86_400_000;
/** Three years: the record-keeping period financial-data rules ask for (e.g. 12 CFR 1033). */
export const DEFAULT_RETENTION_DAYS = 3 * 365;

export function accessLogRetentionDays(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.CREDENCE_ACCESS_LOG_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isInteger(value) || value < 1) throw new Error('CREDENCE_ACCESS_LOG_RETENTION_DAYS must be a whole number of days, at least 1.');
  return value;
}

export interface PurgeOptions {
  retentionDays?: number;
  /** rows deleted per statement: a purge never holds locks on more */
  batchSize?: number;
  /** batches per run: a backlog is worked off over several runs */
  maxBatches?: number;
}

export interface PurgeResult {
  events: number;
  quotas: number;
}

const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Deletes read events older than the retention period and threshold quotas that have
 * left their window, oldest first, in bounded batches. Idle, a run is two indexed
 * SELECTs that find nothing. Replicas may run it at once: deleting is idempotent.
 */
export async function purgeExpiredAccessData(database: SubgraphDatabase, now = new Date(), options: PurgeOptions = {}): Promise<PurgeResult> {
  const { retentionDays = accessLogRetentionDays(), batchSize = 1000, maxBatches = 50 } = options;
  const { dataSource } = database;
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const result: PurgeResult = { events: 0, quotas: 0 };
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const events = await dataSource.getRepository(AccessLogEntry).find({
      select: { id: true }, where: { occurredAt: LessThan(cutoff) }, order: { occurredAt: 'ASC' }, take: batchSize,
    });
    if (events.length) await dataSource.getRepository(AccessLogEntry).delete(events.map((event) => event.id));
    const quotas = await dataSource.getRepository(ThresholdQuota).find({
      select: { partnerId: true, subjectId: true }, where: { expiresAt: LessThan(now) }, take: batchSize,
    });
    if (quotas.length) {
      const keys = quotas.map(({ partnerId, subjectId }) => ({ partnerId, subjectId }));
      await dataSource.createQueryBuilder().delete().from(ThresholdQuota).whereInIds(keys).execute();
    }
    result.events += events.length;
    result.quotas += quotas.length;
    if (events.length < batchSize && quotas.length < batchSize) break;
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
  intervalMs = Number(process.env.CREDENCE_ACCESS_LOG_PURGE_MS ?? 3_600_000),
): Promise<() => Promise<void>> {
  return runPeriodically('access-log purge', intervalMs, () => purgeExpiredAccessData(database));
}

import { IsNull, LessThanOrEqual } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { Consent } from '../entities/Consent';
import { queueConsentEvents } from './webhook-events';

const BATCH = 100;

/**
 * Notices consents that expired unrevoked and queues one `consent.expired` each. A
 * consent is marked by a conditional UPDATE in the same transaction as its event, so
 * replicas sweeping at once, or a sweep repeated after a crash, queue it once only.
 * Returns how many it queued.
 */
export async function sweepExpiredConsents(database: SubgraphDatabase, now = new Date()): Promise<number> {
  let queued = 0;
  for (;;) {
    const expired = await database.dataSource.getRepository(Consent).find({
      where: { expiresAt: LessThanOrEqual(now), revokedAt: IsNull(), expiryNotifiedAt: IsNull() },
      order: { expiresAt: 'ASC' },
      take: BATCH,
    });
    if (expired.length === 0) return queued;
    await database.dataSource.transaction(async (manager) => {
      const mine: Consent[] = [];
      for (const consent of expired) {
        const marked = await manager.getRepository(Consent).update({ id: consent.id, expiryNotifiedAt: IsNull() }, { expiryNotifiedAt: now });
        if (marked.affected) mine.push(consent);
      }
      await queueConsentEvents(manager, 'consent.expired', mine, (consent) => consent.expiresAt);
      queued += mine.length;
    });
    if (expired.length < BATCH) return queued;
  }
}

/** Every consent replica sweeps (CREDENCE_EXPIRY_SWEEP_MS, default 60 s); returns the function that stops it. */
export function startExpirySweep(database: SubgraphDatabase, intervalMs = Number(process.env.CREDENCE_EXPIRY_SWEEP_MS ?? 60_000)) {
  return runPeriodically('expiry sweep', intervalMs, () => sweepExpiredConsents(database));
}

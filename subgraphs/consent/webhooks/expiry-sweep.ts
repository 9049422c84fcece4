import { In, IsNull, LessThanOrEqual } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { Consent } from '../entities/Consent';
import { queueConsentEvents } from './webhook-events';
import { issueReceipts } from '../receipts/issue-receipts';

const BATCH = 100;

/**
 * Notices consents that expired unrevoked and writes one EXPIRED receipt and queues one
 * `consent.expired` each. A consent is marked by a conditional UPDATE in the same
 * transaction as its receipt and event, so replicas sweeping at once, or a sweep
 * repeated after a crash, record it once only. Returns how many it recorded.
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
      const consents = manager.getRepository(Consent);
      const marked: string[] = [];
      for (const { id } of expired) {
        // Re-checked as it stands now: a consent erased, revoked or changed since the read is not this sweep's.
        const due = { id, expiresAt: LessThanOrEqual(now), revokedAt: IsNull(), expiryNotifiedAt: IsNull() };
        if ((await consents.update(due, { expiryNotifiedAt: now })).affected) marked.push(id);
      }
      const mine = marked.length ? await consents.findBy({ id: In(marked) }) : [];
      await issueReceipts(manager, 'EXPIRED', mine, (consent) => consent.expiresAt);
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

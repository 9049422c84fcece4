import { And, EntityManager, FindOptionsWhere, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { SubgraphDatabase } from '../../../shared/store/database';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { Consent } from '../entities/Consent';
import { addFeedLines } from '../feed/feed-lines';
import { consentNotice, recordConsentChange } from './record-consent-change';
import { wholeNumberFromEnv } from '../../../shared/env';
import { DAY_MS } from '../../../shared/time';

const BATCH = 100;

export function expiryWarningDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, 'CREDENCE_CONSENT_EXPIRY_WARNING_DAYS', 7, 'days');
}

type Marker = 'expiryNotifiedAt' | 'expiryWarnedAt';

/**
 * Finds consents that `where` selects and whose `marker` is unset, marks each by a
 * conditional UPDATE and announces the ones it marked, in the same transaction: so
 * replicas sweeping at once, or a sweep repeated after a crash, announce each once
 * only. The UPDATE re-checks the whole condition and the marked rows are read again, so
 * a consent erased, revoked or changed since the search is judged as it stands now.
 * The `expires_at` index keeps the search a range scan. Returns how many it announced.
 */
async function sweep(
  database: SubgraphDatabase,
  where: FindOptionsWhere<Consent>,
  marker: Marker,
  now: Date,
  announce: (manager: EntityManager, consents: Consent[]) => Promise<void>,
): Promise<number> {
  let announced = 0;
  for (;;) {
    const due = await database.dataSource.getRepository(Consent).find({
      where: { ...where, revokedAt: IsNull(), [marker]: IsNull() },
      order: { expiresAt: 'ASC' },
      take: BATCH,
    });
    if (due.length === 0) return announced;
    await database.dataSource.transaction(async (manager) => {
      const consents = manager.getRepository(Consent);
      const marked: string[] = [];
      for (const { id } of due) {
        const stillDue = { ...where, id, revokedAt: IsNull(), [marker]: IsNull() } as FindOptionsWhere<Consent>;
        if ((await consents.update(stillDue, { [marker]: now })).affected) marked.push(id);
      }
      const mine = marked.length ? await consents.findBy({ id: In(marked) }) : [];
      await announce(manager, mine);
      announced += mine.length;
    });
    if (due.length < BATCH) return announced;
  }
}

/**
 * Consents that expired unrevoked: an EXPIRED receipt, one `consent.expired` webhook each
 * for the partner, and a CONSENT_EXPIRED alert for the consumer. Returns how many it announced.
 */
export const sweepExpiredConsents = (database: SubgraphDatabase, now = new Date()) =>
  sweep(database, { expiresAt: LessThanOrEqual(now) }, 'expiryNotifiedAt', now, (manager, consents) =>
    recordConsentChange(manager, 'EXPIRED', consents, (consent) => consent.expiresAt),
  );

/** Consents that end within `warningDays`: a CONSENT_EXPIRING alert for the consumer, once. */
export const sweepExpiringConsents = (
  database: SubgraphDatabase,
  now = new Date(),
  warningDays = expiryWarningDays(),
) =>
  sweep(
    database,
    { expiresAt: And(MoreThan(now), LessThanOrEqual(new Date(now.getTime() + warningDays * DAY_MS))) },
    'expiryWarnedAt',
    now,
    (manager, consents) =>
      addFeedLines(
        manager,
        consents.map((consent) => consentNotice('CONSENT_EXPIRING', consent, now)),
      ),
  );

/** Both sweeps, as every consent replica runs them. */
export async function sweepConsentExpiries(
  database: SubgraphDatabase,
  now = new Date(),
  warningDays = expiryWarningDays(),
): Promise<void> {
  await sweepExpiringConsents(database, now, warningDays);
  await sweepExpiredConsents(database, now);
}

/** Every consent replica sweeps (CREDENCE_EXPIRY_SWEEP_MS, default 60 s); returns the function that stops it. */
export function startExpirySweep(
  database: SubgraphDatabase,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_EXPIRY_SWEEP_MS', 60_000, 'milliseconds'),
) {
  const warningDays = expiryWarningDays(); // a bad setting stops the start, not every sweep
  return runPeriodically('expiry sweep', intervalMs, () => sweepConsentExpiries(database, new Date(), warningDays));
}

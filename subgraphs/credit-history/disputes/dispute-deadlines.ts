import { IsNull, LessThanOrEqual, Not } from 'typeorm';
import { wholeNumberFromEnv } from '../../../shared/env';
import { SubgraphDatabase } from '../../../shared/store/database';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { changeRecord, moveIfStillAllowed } from './dispute-commands';
import { CreditRecord } from '../entities/CreditRecord';
import { Dispute } from '../entities/Dispute';

const BATCH = 100;

/**
 * Furnished records whose dispute the furnisher left unanswered at its deadline: FCRA
 * §611 deletes what cannot be verified in time. Each such dispute EXPIRES and its
 * record leaves the file (the derived inputs, and so the score, follow), and the
 * notice it queues tells the consumer (feed) and the furnisher (`dispute.expired`).
 * Each dispute moves by a conditional update in its own transaction, so replicas
 * sweeping at once, a sweep repeated after a crash, or a furnisher answering at the
 * same moment settle it once: the loser changes nothing. The (status, deadline) index
 * keeps the search a range scan. Returns how many it expired.
 */
export async function sweepExpiredDisputes(database: SubgraphDatabase, now = new Date()): Promise<number> {
  const { dataSource } = database;
  let expired = 0;
  for (;;) {
    const due = await dataSource.getRepository(Dispute).find({
      where: { status: 'OPEN', deadline: LessThanOrEqual(now), furnisherId: Not(IsNull()) },
      order: { deadline: 'ASC', id: 'ASC' },
      take: BATCH,
    });
    for (const dispute of due) {
      const moved = await dataSource.transaction(async (manager) => {
        const changes = { updatedAt: now, resolvedAt: now, resolutionNote: null, correction: null };
        // still past its deadline: added information may have extended it since it was read
        const guard = { deadline: LessThanOrEqual(now) };
        if (!(await moveIfStillAllowed(manager, dispute, 'EXPIRED', changes, guard))) return false;
        const record = await manager.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
        await changeRecord(manager, record, 'SUPPRESS', now);
        return true;
      });
      if (moved) expired += 1;
    }
    if (due.length < BATCH) return expired;
  }
}

/** Every credit-history replica sweeps (CREDENCE_DISPUTE_SWEEP_MS, default 60 s); returns the function that stops it. */
export function startDisputeDeadlineSweep(
  database: SubgraphDatabase,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_DISPUTE_SWEEP_MS', 60_000, 'milliseconds'),
) {
  return runPeriodically('dispute deadline sweep', intervalMs, () => sweepExpiredDisputes(database));
}

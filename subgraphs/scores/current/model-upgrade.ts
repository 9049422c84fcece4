import { Not } from 'typeorm';
import { wholeNumberFromEnv } from '../../../shared/env';
import { logEvent } from '../../../shared/server/log';
import { SubgraphDatabase } from '../../../shared/store/database';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { CurrentScore } from '../entities/CurrentScore';
import { currentScorecard } from '../model/scorecard-in-use';
import { recomputeScores, RecomputeOptions } from './recompute-scores';

export interface ModelUpgradeOptions extends RecomputeOptions {
  /** consumers per recompute (CREDENCE_SCORE_UPGRADE_BATCH, default 100) */
  batchSize?: number;
  /** pause between looks for scores of another model (CREDENCE_SCORE_UPGRADE_POLL_MS, default 30 s) */
  intervalMs?: number;
}

/**
 * Recomputes, in batches, every stored score that another model computed than the one
 * in use (scorecard-in-use.ts): what switching the artefact sets off. Reads keep
 * serving each consumer's stored score until the new one replaces it; nothing is
 * recomputed on read. Every replica runs it; two taking the same batch are kept apart
 * by the recompute's lock and the second finds nothing left to store. Progress is in
 * the log (score_model_upgrade) and /metrics (credence_current_scores by model).
 * Returns at once (the first look runs in the background) the function that stops it
 * after the batch in flight.
 */
export function startModelUpgrade(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  options: ModelUpgradeOptions = {},
): Promise<() => Promise<void>> {
  const model = options.model ?? currentScorecard;
  const batchSize = options.batchSize ?? wholeNumberFromEnv(process.env, 'CREDENCE_SCORE_UPGRADE_BATCH', 100);
  const intervalMs =
    options.intervalMs ?? wholeNumberFromEnv(process.env, 'CREDENCE_SCORE_UPGRADE_POLL_MS', 30_000, 'milliseconds');
  const scores = database.dataSource.getRepository(CurrentScore);
  let stopping = false;
  const upgrade = async () => {
    const modelVersion = model().version;
    const stale = { modelVersion: Not(modelVersion) };
    let recomputed = 0;
    while (!stopping) {
      const batch = await scores.find({
        select: { userId: true },
        where: stale,
        order: { userId: 'ASC' },
        take: batchSize,
      });
      if (batch.length === 0) break;
      const outcome = await recomputeScores(
        database,
        peers,
        batch.map(({ userId }) => ({ subjectId: userId, source: 'CREDIT_FILE', version: 0 })),
        options,
      );
      recomputed += outcome.stored + outcome.removed;
      logEvent('score_model_upgrade', { model: modelVersion, recomputed, remaining: await scores.countBy(stale) });
      // A batch that changed nothing (its inputs kept crossing) waits for the next look.
      if (outcome.stored + outcome.removed === 0) break;
    }
  };
  // Not awaited: the first look may have a whole population to recompute, and the replica serves meanwhile.
  const started = runPeriodically('score model upgrade', intervalMs, upgrade);
  return Promise.resolve(async () => {
    stopping = true; // after the batch in flight
    await (
      await started
    )();
  });
}

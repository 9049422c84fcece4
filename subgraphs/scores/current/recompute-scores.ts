import { In } from 'typeorm';
import { ScorecardModel, scoreCharacteristics } from '../../../scorecard';
import type { ScoringInputsAnnouncement } from '../../../shared/scoring/scoring-inputs-change';
import { SubgraphDatabase } from '../../../shared/store/database';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { CurrentScore } from '../entities/CurrentScore';
import { currentScorecard } from '../model/scorecard-in-use';
import { inputsDigest } from '../snapshots/score-history';
import { currentScoringInputs } from './scoring-inputs';
import { ComputedScore, READ_FOR_COMPARISON, storeScores } from './store-scores';

/** Two recomputes that cross this often in a row mean the inputs keep changing: the outbox tries again later. */
const MAX_ROUNDS = 3;

export interface RecomputeOptions {
  /** the scorecard to compute with (the one in use unless a test says otherwise) */
  model?: () => ScorecardModel;
  /** where the inputs come from (their owners unless a test says otherwise) */
  fetchInputs?: typeof currentScoringInputs;
}

export interface RecomputeResult {
  stored: number;
  unchanged: number;
  removed: number;
}

const VERSION_OF = { CREDIT_FILE: 'creditInputsVersion', PROFILE: 'profileInputsVersion' } as const;

/**
 * The consumers whose score may be behind: none stored, another model's, or older
 * than a version a change announced. A repeated delivery of a change already applied
 * costs one indexed read and no call to the owners.
 */
async function consumersBehind(database: SubgraphDatabase, changes: ScoringInputsAnnouncement[], modelVersion: string) {
  const userIds = [...new Set(changes.map((change) => change.subjectId))];
  const held = new Map(
    (
      await database.dataSource.getRepository(CurrentScore).find({
        // the versions only: the stored reasons and inputs are JSON, costly to parse for a check
        select: [...READ_FOR_COMPARISON],
        where: { userId: In(userIds) },
      })
    ).map((row) => [row.userId, row]),
  );
  const behind = new Set(
    changes
      .filter((change) => {
        const stored = held.get(change.subjectId);
        return !stored || stored.modelVersion !== modelVersion || stored[VERSION_OF[change.source]] < change.version;
      })
      .map((change) => change.subjectId),
  );
  return userIds.filter((id) => behind.has(id));
}

/**
 * Recomputes the consumers' scores from their inputs as their owners hold them now,
 * and stores each unless a score from newer inputs is already held: changes may
 * arrive twice, late, out of order, and at several replicas at once, and the newest
 * inputs still win. Throws when a batch cannot be settled (an owner unreachable, the
 * inputs changing under every round), so the caller's outbox retries it.
 */
export async function recomputeScores(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  changes: ScoringInputsAnnouncement[],
  { model = currentScorecard, fetchInputs = currentScoringInputs }: RecomputeOptions = {},
): Promise<RecomputeResult> {
  const scorecard = model();
  const result: RecomputeResult = { stored: 0, unchanged: 0, removed: 0 };
  let pending = await consumersBehind(database, changes, scorecard.version);
  for (let round = 0; pending.length > 0; round += 1) {
    if (round === MAX_ROUNDS)
      throw new Error(
        `the scoring inputs of ${pending.length} consumer(s) kept changing during ${MAX_ROUNDS} recomputes`,
      );
    const inputs = await fetchInputs(peers, pending);
    const computed: ComputedScore[] = [];
    const gone: string[] = [];
    for (const userId of pending) {
      const found = inputs.get(userId);
      if (!found) gone.push(userId);
      else
        computed.push({
          userId,
          inputs: found,
          digest: inputsDigest(found.characteristics),
          result: scoreCharacteristics(scorecard, found.characteristics),
        });
    }
    const outcome = await storeScores(database.dataSource, computed, gone);
    result.stored += outcome.stored.length;
    result.unchanged += outcome.unchanged.length;
    result.removed += outcome.removed.length;
    pending = outcome.crossed;
  }
  return result;
}

import { randomUUID } from 'node:crypto';
import { describeScoreChange, ScoreChangeCause } from '../../../scorecard';
import {
  RECORD_SCORE_CHANGE_NOTICES,
  SCORE_CHANGE_NOTICE_SENDER,
  ScoreChangeNotice as Notice,
} from '../../../shared/scoring/score-change-notice';
import { SubgraphDatabase } from '../../../shared/store/database';
import { dueNow } from '../../../shared/store/outbox-item';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { startFeedNoticeDispatcher } from '../../../shared/consent/feed-notice-dispatcher';
import type { CurrentScore } from '../entities/CurrentScore';
import { ScoreChangeNotice } from '../entities/ScoreChangeNotice';

/** What a notice reads of the score it replaces: storeScores reads no more of the held scores. */
export const READ_FOR_NOTICE = ['userId', 'value', 'modelVersion', 'categories', 'creditInputsVersion'] as const;
type Stored = Pick<CurrentScore, (typeof READ_FOR_NOTICE)[number]>;

function causeOf(before: Stored, after: Stored): ScoreChangeCause {
  if (before.modelVersion !== after.modelVersion) return 'MODEL_UPGRADE';
  return after.creditInputsVersion !== before.creditInputsVersion ? 'CREDIT_FILE' : 'PROFILE';
}

/**
 * The notice a consumer gets when a recompute replaces their stored score: whenever
 * the value moved, and whenever a new scorecard recomputed it (the reasons behind the
 * same value changed then). A first score is no change, so it tells nothing.
 */
export function scoreChangeNotice(before: Stored | undefined, after: Stored, now: Date): ScoreChangeNotice | null {
  if (!before || (before.value === after.value && before.modelVersion === after.modelVersion)) return null;
  const cause = causeOf(before, after);
  return Object.assign(new ScoreChangeNotice(), {
    id: randomUUID(),
    userId: after.userId,
    previousValue: before.value,
    value: after.value,
    modelVersion: after.modelVersion,
    cause,
    message: describeScoreChange({ cause, before, after }),
    occurredAt: now,
    ...dueNow(),
  });
}

/**
 * Every scores replica delivers the notice outbox to the consent subgraph's feed
 * (CREDENCE_SCORE_CHANGE_NOTICE_POLL_MS, default 1 s), a claimed batch per call.
 * Returns the function that stops it.
 */
export function startScoreChangeNoticeDispatcher(database: SubgraphDatabase, peers: SubgraphUrls) {
  return startFeedNoticeDispatcher(database, peers, {
    entity: ScoreChangeNotice,
    name: 'score change notice',
    pollSetting: 'CREDENCE_SCORE_CHANGE_NOTICE_POLL_MS',
    sender: SCORE_CHANGE_NOTICE_SENDER,
    mutation: RECORD_SCORE_CHANGE_NOTICES,
    batched: true,
    notice: (row): Notice => ({
      id: row.id,
      subjectId: row.userId,
      from: row.previousValue,
      to: row.value,
      modelVersion: row.modelVersion,
      cause: row.cause,
      message: row.message,
      occurredAt: row.occurredAt.toISOString(),
    }),
  });
}

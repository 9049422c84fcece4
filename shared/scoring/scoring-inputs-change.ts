import { randomUUID } from 'node:crypto';
import { Column, Entity, EntityManager, Index } from 'typeorm';
import { wholeNumberFromEnv } from '../env';
import { SubgraphDatabase } from '../store/database';
import { TimestampColumn } from '../store/columns';
import { batchedSend } from '../store/batched-send';
import { Outbox } from '../store/outbox';
import { dueNow, OutboxItem } from '../store/outbox-item';
import { pollOutbox } from '../store/outbox-poller';
import { callSubgraph, SubgraphUrls } from '../trust/internal-client';
import { ANONYMOUS } from '../trust/viewer';

/**
 * The contract between the subgraphs that own a consumer's scorecard inputs
 * (credit-history: the credit file; users: the stability facts) and the scores
 * subgraph, which keeps each consumer's current score. Each owner counts a version
 * per consumer, bumped in the transaction that changes an input, and writes a
 * change row to its outbox in that same transaction; its dispatcher delivers the
 * rows to scores' internal `recomputeScores` mutation, which fetches the inputs
 * as they stand then and stores the score unless it already holds a newer one.
 *
 * Pushed, not pulled: the owners already run claimed outboxes (retries, leases,
 * replicas), so scores needs no cursor into another subgraph's store and no
 * schedule of its own; a failed recompute stays PENDING in the owner's outbox
 * with its last error (counted in the owner's /metrics) and is retried there.
 */
export type ScoringInputsSource = 'CREDIT_FILE' | 'PROFILE';

/** What travels to scores: whose inputs, whose part of them, at which version. */
export interface ScoringInputsAnnouncement {
  subjectId: string;
  source: ScoringInputsSource;
  version: number;
}

/** Who may announce a change of which inputs. */
export const SCORING_INPUTS_SENDERS: Record<ScoringInputsSource, string> = {
  CREDIT_FILE: 'credit-history',
  PROFILE: 'users',
};

export const RECOMPUTE_SCORES = `mutation RecomputeScores($changes: [ScoringInputsChange!]!) {
  recomputeScores(changes: $changes)
}`;

/**
 * The outbox of changes to a consumer's scorecard inputs, one table in each owner's
 * store: one row per change, written in the transaction that made it, delivered to
 * scores (recomputeScores) and retried until it is taken.
 */
@Entity({ name: 'scoring_inputs_change' })
@Index('idx_scoring_inputs_change_due', ['status', 'nextAttemptAt'])
@Index('idx_scoring_inputs_change_claim', ['claimToken'])
@Index('idx_scoring_inputs_change_user', ['userId'])
export class ScoringInputsChange extends OutboxItem {
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** the owner's version of the subject's inputs once this change committed */
  @Column({ name: 'inputs_version', type: 'integer' })
  inputsVersion: number;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;
}

/** The outbox rows announcing these subjects' inputs at these versions: insert them in the changing transaction. */
export function scoringInputsChanges(
  changes: { subjectId: string; version: number }[],
  now = new Date(),
): ScoringInputsChange[] {
  return changes.map(({ subjectId, version }) =>
    Object.assign(new ScoringInputsChange(), {
      id: randomUUID(),
      userId: subjectId,
      inputsVersion: version,
      occurredAt: now,
      ...dueNow(),
    }),
  );
}

/** Announces one subject's new inputs version, inside the transaction that changed them. */
export async function publishScoringInputsChange(
  manager: EntityManager,
  subjectId: string,
  version: number,
  now = new Date(),
): Promise<void> {
  await manager.getRepository(ScoringInputsChange).insert(scoringInputsChanges([{ subjectId, version }], now));
}

/** The rows of one claimed batch go to scores in one call (see batchedSend). */
function batchedDelivery(peers: SubgraphUrls, source: ScoringInputsSource) {
  const sender = SCORING_INPUTS_SENDERS[source];
  return batchedSend<ScoringInputsChange>(async (rows) => {
    const changes: ScoringInputsAnnouncement[] = rows.map((row) => ({
      subjectId: row.userId,
      source,
      version: row.inputsVersion,
    }));
    await callSubgraph(peers, 'scores', sender, ANONYMOUS, RECOMPUTE_SCORES, { changes });
  });
}

/**
 * Every replica of an owner polls its outbox (CREDENCE_SCORING_INPUTS_POLL_MS,
 * default 200 ms: the lag between a change and its score is about this plus one
 * recompute) and delivers due changes, 100 a call. Returns the function that stops it.
 */
export function startScoringInputsDispatcher(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  source: ScoringInputsSource,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_SCORING_INPUTS_POLL_MS', 200, 'milliseconds'),
): Promise<() => Promise<void>> {
  const outbox = new Outbox(database.dataSource, ScoringInputsChange, { batchSize: 100 });
  return pollOutbox(outbox, { name: 'scoring inputs', intervalMs, send: batchedDelivery(peers, source) });
}

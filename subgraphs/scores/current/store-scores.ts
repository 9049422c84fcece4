import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ScoreResult } from '../../../scorecard';
import { upsertRows } from '../../../shared/store/upsert';
import { CurrentScore } from '../entities/CurrentScore';
import { ScoreChangeNotice } from '../entities/ScoreChangeNotice';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { READ_FOR_NOTICE, scoreChangeNotice } from './score-change-notices';
import { latestSnapshots, snapshotStillHolds } from '../snapshots/score-history';
import type { VersionedInputs } from './scoring-inputs';

/** A consumer's score, freshly computed from the inputs fetched for it. */
export interface ComputedScore {
  userId: string;
  inputs: VersionedInputs;
  digest: string;
  result: ScoreResult;
}

export interface StoreOutcome {
  stored: string[];
  /** already held: the same score, or one from newer inputs */
  unchanged: string[];
  /**
   * Fetched inputs newer than the stored ones from one owner and older from the other
   * (two recomputes crossed): neither may replace the other, so these are fetched again.
   */
  crossed: string[];
  /** consumers whose inputs are gone (erased) and whose stored score was removed */
  removed: string[];
}

type Comparison = 'newer' | 'same' | 'older' | 'crossed';

/** What deciding whether a fetched score replaces the held one reads of the held one: its model and inputs' versions. */
export const READ_FOR_COMPARISON = ['userId', 'modelVersion', 'creditInputsVersion', 'profileInputsVersion'] as const;
type HeldVersions = Pick<CurrentScore, (typeof READ_FOR_COMPARISON)[number]>;

function compareVersions(fetched: VersionedInputs, stored: HeldVersions): Comparison {
  const credit = Math.sign(fetched.creditInputsVersion - stored.creditInputsVersion);
  const profile = Math.sign(fetched.profileInputsVersion - stored.profileInputsVersion);
  if (credit === 0 && profile === 0) return 'same';
  if (credit >= 0 && profile >= 0) return 'newer';
  if (credit <= 0 && profile <= 0) return 'older';
  return 'crossed';
}

/**
 * Replicas recomputing the same consumer at once take turns: on PostgreSQL each
 * transaction holds a lock per consumer (advisory, named after the schema and the
 * consumer, taken in one order so two batches cannot deadlock) until it commits.
 * SQLite runs one write transaction at a time anyway.
 */
async function lockConsumers(manager: EntityManager, userIds: string[]): Promise<void> {
  if (manager.connection.options.type !== 'postgres' || userIds.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':score:' || id)) FROM (SELECT unnest($1::text[]) AS id ORDER BY 1) AS consumers`,
    [userIds],
  );
}

/**
 * Stores computed scores where they are newer than what is held, and removes the
 * scores of consumers whose inputs are gone, in one transaction whose statements do
 * not grow with the batch. A score from the same inputs and model as the consumer's
 * latest history entry keeps that entry (and its computedAt); any other starts a new
 * entry after it. A stored score that moved, or that a new scorecard recomputed,
 * queues the consumer's notice (score-change-notices.ts) in the same transaction.
 */
export async function storeScores(
  dataSource: DataSource,
  computed: ComputedScore[],
  gone: string[],
  now = new Date(),
): Promise<StoreOutcome> {
  const outcome: StoreOutcome = { stored: [], unchanged: [], crossed: [], removed: [] };
  await dataSource.transaction(async (tx) => {
    const userIds = [...computed.map((c) => c.userId), ...gone];
    await lockConsumers(tx, userIds);
    const held = new Map(
      (
        await tx.getRepository(CurrentScore).find({
          // what the comparison and the notice read: the reasons and inputs are JSON, costly to parse for nothing
          select: [...new Set([...READ_FOR_COMPARISON, ...READ_FOR_NOTICE])],
          where: { userId: In(userIds) },
        })
      ).map((row) => [row.userId, row]),
    );
    const writes = computed.filter((score) => {
      const stored = held.get(score.userId);
      const comparison = stored ? compareVersions(score.inputs, stored) : 'newer';
      // the same inputs under another model (an upgrade) is a new score too
      const write =
        comparison === 'newer' || (comparison === 'same' && stored?.modelVersion !== score.result.modelVersion);
      if (write) outcome.stored.push(score.userId);
      else if (comparison === 'crossed') outcome.crossed.push(score.userId);
      else outcome.unchanged.push(score.userId);
      return write;
    });
    if (writes.length) {
      const latest = await latestSnapshots(
        tx,
        writes.map((score) => score.userId),
      );
      const snapshots: ScoreSnapshot[] = [];
      const rows = writes.map((score) => {
        const previous = latest.get(score.userId);
        const snapshot =
          previous && snapshotStillHolds(previous, score.digest, score.result.modelVersion)
            ? previous
            : newSnapshot(score, previous, now);
        if (snapshot !== previous) snapshots.push(snapshot);
        return currentScoreRow(score, snapshot, now);
      });
      if (snapshots.length) await tx.getRepository(ScoreSnapshot).insert(snapshots);
      const notices = rows
        .map((row) => scoreChangeNotice(held.get(row.userId), row, now))
        .filter((notice): notice is ScoreChangeNotice => notice !== null);
      if (notices.length) await tx.getRepository(ScoreChangeNotice).insert(notices);
      const columns = tx.connection
        .getMetadata(CurrentScore)
        .columns.map((column) => `"${column.databaseName}" = EXCLUDED."${column.databaseName}"`);
      await upsertRows(tx, CurrentScore, rows, `("user_id") DO UPDATE SET ${columns.join(', ')}`);
    }
    outcome.removed = gone.filter((userId) => held.has(userId));
    if (outcome.removed.length) await tx.getRepository(CurrentScore).delete({ userId: In(outcome.removed) });
  });
  return outcome;
}

function newSnapshot(
  { userId, result, digest }: ComputedScore,
  previous: ScoreSnapshot | undefined,
  now: Date,
): ScoreSnapshot {
  return Object.assign(new ScoreSnapshot(), {
    id: randomUUID(),
    userId,
    value: result.value,
    band: result.band,
    probabilityOfDefault: result.probabilityOfDefault,
    modelVersion: result.modelVersion,
    inputsDigest: digest,
    supersedesId: previous?.id ?? '',
    categoryPoints: Object.fromEntries(result.categories.map((c) => [c.category, c.points])),
    computedAt: now,
  });
}

function currentScoreRow(
  { userId, inputs, digest, result }: ComputedScore,
  snapshot: ScoreSnapshot,
  now: Date,
): CurrentScore {
  return Object.assign(new CurrentScore(), {
    userId,
    value: result.value,
    band: result.band,
    probabilityOfDefault: result.probabilityOfDefault,
    categories: result.categories,
    reasons: result.reasons,
    inputs: result.characteristics.map((line) => ({
      characteristic: line.name,
      category: line.category,
      value: String(inputs.characteristics[line.name]),
      bin: line.binLabel,
      points: line.points,
      maxPoints: line.maxPoints,
    })),
    modelVersion: result.modelVersion,
    inputsDigest: digest,
    creditInputsVersion: inputs.creditInputsVersion,
    profileInputsVersion: inputs.profileInputsVersion,
    snapshotId: snapshot.id,
    computedAt: snapshot.computedAt,
    storedAt: now,
  });
}

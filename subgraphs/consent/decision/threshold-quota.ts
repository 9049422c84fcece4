import { EntityManager } from 'typeorm';
import { upsertRows } from '../../../shared/store/upsert';
import { Verdict } from './verdict';
import { ThresholdCheck, ThresholdQuota } from '../entities/ThresholdQuota';
import { wholeNumberFromEnv } from '../../../shared/env';

export const THRESHOLD_WINDOW_MS = 86_400_000;

export function thresholdChecksPerDay(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, 'CONSENT_THRESHOLD_CHECKS_PER_DAY', 3);
}

/** An allowed `scoreAtLeast` read: the request's position in its batch, and the threshold it asked about. */
export interface ThresholdAsk {
  index: number;
  subjectId: string;
  /** null when the field's arguments carry no whole-number threshold */
  threshold: number | null;
}

/** The threshold a read asked about, from its arguments as the directive sends them ({"threshold":693}). */
export function thresholdOf(detail: string | null | undefined): number | null {
  try {
    const threshold: unknown = JSON.parse(detail ?? 'null')?.threshold;
    return Number.isInteger(threshold) ? (threshold as number) : null;
  } catch {
    return null;
  }
}

const refuse = (verdict: Verdict, message: string): Verdict => ({
  ...verdict,
  allowed: false,
  code: 'THRESHOLD_LIMIT_REACHED',
  message,
});

/**
 * The rule, on the thresholds each subject's quota row holds. A yes/no threshold
 * answer is data minimisation only if a partner cannot ask it with ten different
 * thresholds and read the score off the answers. So a partner may ask about `limit`
 * distinct thresholds per consumer in any 24 hours; asking again about one it asked
 * within that window is free. Returns the verdicts and the quota rows that changed.
 */
export function applyThresholdQuota(
  checksBySubject: ReadonlyMap<string, readonly ThresholdCheck[]>,
  asks: readonly ThresholdAsk[],
  verdicts: readonly Verdict[],
  nowMs: number,
  limit: number,
): { verdicts: Verdict[]; changed: Map<string, ThresholdCheck[]> } {
  const result = [...verdicts];
  const live = new Map<string, ThresholdCheck[]>();
  const liveChecks = (subjectId: string) =>
    live.get(subjectId) ??
    (checksBySubject.get(subjectId) ?? []).filter((check) => check.askedAt > nowMs - THRESHOLD_WINDOW_MS);
  const changed = new Map<string, ThresholdCheck[]>();
  for (const ask of asks) {
    if (ask.threshold === null) {
      result[ask.index] = refuse(verdicts[ask.index], 'The threshold was not understood; no answer was given.');
      continue;
    }
    const checks = liveChecks(ask.subjectId);
    live.set(ask.subjectId, checks);
    if (checks.some((check) => check.threshold === ask.threshold)) continue;
    if (checks.length >= limit) {
      result[ask.index] = refuse(
        verdicts[ask.index],
        `A partner may check at most ${limit} different thresholds per consumer in any 24 hours.`,
      );
      continue;
    }
    checks.push({ threshold: ask.threshold, askedAt: nowMs });
    changed.set(ask.subjectId, checks);
  }
  return { verdicts: result, changed };
}

/**
 * Applies the quota to one partner's batch, race-free on both stores and across
 * replicas, with state that does not grow with history (at most `limit` checks per
 * partner and subject; expired rows are purged by access-log/retention.ts).
 *
 * Why a row lock: the first statement upserts one quota row per subject asked about,
 * in subject order, with a no-op ON CONFLICT DO UPDATE. On PostgreSQL that takes the
 * rows' locks (new rows included: a concurrent insert of the same key waits on the
 * unique index) until commit, and its RETURNING shows each row as last committed
 * (ON CONFLICT DO UPDATE works on the newest version, whatever the snapshot). Sorted
 * keys mean two batches lock in the same order and cannot deadlock; every decision
 * transaction takes quota rows before access-log rows, so no cycle across tables
 * either. On SQLite the upsert is the transaction's first statement, so it takes the
 * database write lock at once (other connections wait their busy timeout, never read
 * a stale quota), and one process runs its transactions one after another. A
 * SERIALIZABLE retry loop would do too, but would fail whole batches under exactly
 * the contention this limit is about.
 *
 * Statements per batch: 1 lock upsert RETURNING the rows it locked + at most 1 upsert
 * of the changed rows, each touching at most one row per distinct subject in the batch.
 */
export async function enforceThresholdQuota(
  manager: EntityManager,
  partnerId: string,
  asks: readonly ThresholdAsk[],
  verdicts: readonly Verdict[],
  now: Date,
  limit = thresholdChecksPerDay(),
): Promise<Verdict[]> {
  const subjects = [...new Set(asks.filter((ask) => ask.threshold !== null).map((ask) => ask.subjectId))].sort();
  const stored = new Map<string, ThresholdCheck[]>();
  if (subjects.length) {
    // the lock answers with the rows it locked, as they were committed
    const locked = await upsertQuotas(
      manager,
      subjects.map((subjectId) => ({ partnerId, subjectId, checks: [], expiresAt: now })),
      'lock',
    );
    const rows = locked.map((row) => ({
      subjectId: row.subject_id as string,
      checks: JSON.parse(row.checks as string) as ThresholdCheck[],
    }));
    for (const row of rows) stored.set(row.subjectId, row.checks);
  }
  const decided = applyThresholdQuota(stored, asks, verdicts, now.getTime(), limit);
  if (decided.changed.size) {
    const rows = [...decided.changed]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([subjectId, checks]) => ({
        partnerId,
        subjectId,
        checks,
        expiresAt: new Date(Math.max(...checks.map((check) => check.askedAt)) + THRESHOLD_WINDOW_MS),
      }));
    await upsertQuotas(manager, rows, 'save');
  }
  return decided.verdicts;
}

function upsertQuotas(manager: EntityManager, rows: ThresholdQuota[], mode: 'lock' | 'save') {
  return mode === 'lock'
    ? upsertRows(
        manager,
        ThresholdQuota,
        rows,
        '("partner_id", "subject_id") DO UPDATE SET "partner_id" = EXCLUDED."partner_id"',
        ['subjectId', 'checks'],
      )
    : upsertRows(
        manager,
        ThresholdQuota,
        rows,
        '("partner_id", "subject_id") DO UPDATE SET "checks" = EXCLUDED."checks", "expires_at" = EXCLUDED."expires_at"',
      );
}

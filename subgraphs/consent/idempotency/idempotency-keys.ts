import { DataSource, LessThan } from 'typeorm';
import { wholeNumberFromEnv } from '../../../shared/env';
import { forbidden } from '../../../shared/errors';
import { runPeriodically } from '../../../shared/store/periodic-work';
import { isUniqueViolation } from '../../../shared/store/unique-violation';
import { DAY_MS } from '../../../shared/time';
import { Viewer } from '../../../shared/trust/viewer';
import { IdempotentRequest } from '../entities/IdempotentRequest';

/** How long a first answer is kept for retries: a day, as payment APIs keep theirs. */
export const IDEMPOTENCY_RETENTION_MS = DAY_MS;
/** How long a claim may stay unanswered before another request with the key may take it over. */
export const IDEMPOTENCY_LEASE_MS = 60_000;

export type ClaimOutcome = 'CLAIMED' | 'REPLAY' | 'MISMATCH' | 'IN_PROGRESS';

export interface Claim {
  outcome: ClaimOutcome;
  response: string | null;
  httpStatus: number | null;
}

/** Only the gateway keeps the keys of its clients' requests. */
export function requireGatewayCaller(caller: string): void {
  if (caller !== 'gateway') throw forbidden('Idempotency keys are the gateway’s to keep.');
}

function viewerKey(viewer: Viewer): { viewerKey: string; subjectId: string | null } {
  switch (viewer.kind) {
    case 'user':
      return { viewerKey: `user:${viewer.userId}`, subjectId: viewer.userId };
    case 'partner':
      return { viewerKey: `partner:${viewer.partnerId}`, subjectId: null };
    case 'staff':
      return { viewerKey: `staff:${viewer.staffId}`, subjectId: null };
    default:
      throw forbidden('Sign in to send an Idempotency-Key.');
  }
}

/**
 * The first request with a key claims it (the primary key decides between requests sent
 * at once); a later one learns whether the first was answered (its answer is replayed),
 * is still running, or was another request (the key names one request only). A claim
 * whose lease ran out (its gateway stopped mid-way) is taken over by one of its retries.
 */
export async function claimIdempotencyKey(
  dataSource: DataSource,
  viewer: Viewer,
  key: string,
  fingerprint: string,
  now = new Date(),
): Promise<Claim> {
  const rows = dataSource.getRepository(IdempotentRequest);
  const who = viewerKey(viewer);
  const id = { viewerKey: who.viewerKey, idempotencyKey: key };
  // A key kept past its day is forgotten: the request is new again.
  await rows.delete({ ...id, createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)) });
  const leaseUntil = new Date(now.getTime() + IDEMPOTENCY_LEASE_MS);
  try {
    await rows.insert({
      ...id,
      subjectId: who.subjectId,
      fingerprint,
      state: 'PENDING',
      response: null,
      httpStatus: null,
      createdAt: now,
      leaseUntil,
    });
    return { outcome: 'CLAIMED', response: null, httpStatus: null };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await rows.findOneBy(id);
  if (!existing) return claimIdempotencyKey(dataSource, viewer, key, fingerprint, now);
  if (existing.fingerprint !== fingerprint) return { outcome: 'MISMATCH', response: null, httpStatus: null };
  if (existing.state === 'DONE')
    return { outcome: 'REPLAY', response: existing.response, httpStatus: existing.httpStatus };
  const takenOver = await rows.update({ ...id, state: 'PENDING', leaseUntil: LessThan(now) }, { leaseUntil });
  return { outcome: takenOver.affected ? 'CLAIMED' : 'IN_PROGRESS', response: null, httpStatus: null };
}

/** The first answer, kept for the retries; or, when it was the servers' failure, the key let go so a retry runs again. */
export async function settleIdempotencyKey(
  dataSource: DataSource,
  viewer: Viewer,
  key: string,
  answer: { response: string; httpStatus: number } | null,
): Promise<boolean> {
  const id = { viewerKey: viewerKey(viewer).viewerKey, idempotencyKey: key, state: 'PENDING' as const };
  const rows = dataSource.getRepository(IdempotentRequest);
  if (answer === null) await rows.delete(id);
  else await rows.update(id, { state: 'DONE', response: answer.response, httpStatus: answer.httpStatus });
  return true;
}

/** Keys older than their day, oldest first, in one bounded batch: the hourly purge calls it. */
export async function purgeIdempotencyKeys(dataSource: DataSource, now: Date, batchSize: number): Promise<number> {
  const rows = dataSource.getRepository(IdempotentRequest);
  const old = await rows.find({
    select: { viewerKey: true, idempotencyKey: true },
    where: { createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)) },
    order: { createdAt: 'ASC' },
    take: batchSize,
  });
  if (old.length) await dataSource.createQueryBuilder().delete().from(IdempotentRequest).whereInIds(old).execute();
  return old.length;
}

/** Purges old keys at start and then with the access-log purge's period (CREDENCE_ACCESS_LOG_PURGE_MS, an hour). */
export function startIdempotencyPurge(
  dataSource: DataSource,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_ACCESS_LOG_PURGE_MS', 3_600_000, 'milliseconds'),
): Promise<() => Promise<void>> {
  return runPeriodically('idempotency-key purge', intervalMs, async () => {
    while ((await purgeIdempotencyKeys(dataSource, new Date(), 1000)) === 1000);
  });
}

import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { upsertRows } from '../../../shared/store/upsert';
import { queueDisputeNotice } from './dispute-notices';
import { deriveCreditHistoryClass } from '../credit-file/credit-history-class';
import { lockedCreditFile, setCreditHistoryClass } from '../credit-file/class-change';
import {
  correctionFor,
  deadlineFor,
  DisputeOutcome,
  requireTransition,
  statusesAllowedBefore,
  UNRESOLVED_STATUSES,
  validateFiling,
  validateResolutionNote,
} from './dispute-lifecycle';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditRecord, PaymentStatus } from '../entities/CreditRecord';
import { Dispute, DisputeReason, DisputeStatus, RecordCorrection } from '../entities/Dispute';

export interface DisputeFiling {
  recordId: string;
  reason: DisputeReason;
  details: string;
}

export interface DisputeResolution {
  id: string;
  outcome: DisputeOutcome;
  note: string;
  correctedStatus?: PaymentStatus | null;
  correctedPaidOn?: string | null;
}

const alreadyDisputed = (recordId: string) =>
  badUserInput(
    `Record ${recordId} already has a dispute under way: wait for its outcome before filing another.`,
    'recordId',
  );

/** Files the subject's dispute of one of their own records. */
export async function fileDispute(dataSource: DataSource, subjectId: string, input: DisputeFiling): Promise<Dispute> {
  const recordId = requireWellFormedId(input.recordId, 'recordId');
  const { reason, details } = validateFiling(input);
  const record = await dataSource.getRepository(CreditRecord).findOneBy({ id: recordId });
  // Another subject's record is reported as missing: its existence is not theirs to learn.
  if (!record || record.userId !== subjectId) throw notFound('Credit record', recordId);
  const disputes = dataSource.getRepository(Dispute);
  if (await disputes.existsBy({ recordId, status: In([...UNRESOLVED_STATUSES]) })) throw alreadyDisputed(recordId);
  const now = new Date();
  const dispute = Object.assign(new Dispute(), {
    id: randomUUID(),
    recordId,
    userId: subjectId,
    reason,
    details,
    status: 'OPEN' as const,
    filedAt: now,
    deadline: deadlineFor(now),
    updatedAt: now,
    resolvedAt: null,
    resolutionNote: null,
    resolvedByStaffId: null,
    correction: null,
  });
  // The index on unresolved disputes settles a race: the loser's insert does nothing (no
  // failing statement inside the transaction) and it is told so once the transaction ends.
  const filed = await dataSource.transaction(async (manager) => {
    const inserted = await upsertRows(manager, Dispute, [dispute], 'DO NOTHING', ['id']);
    if (inserted.length) await queueDisputeNotice(manager, dispute, 'OPEN', now);
    return inserted.length > 0;
  });
  if (!filed) throw alreadyDisputed(recordId);
  return dispute;
}

async function findDispute(manager: EntityManager, id: string): Promise<Dispute> {
  const dispute = await manager.getRepository(Dispute).findOneBy({ id: requireWellFormedId(id) });
  if (!dispute) throw notFound('Dispute', id);
  return dispute;
}

/**
 * Moves a dispute only if it is still in a status that may move there: a conditional
 * update, so two staff acting at once cannot both decide the same dispute. The move
 * queues the consumer's notice in the caller's transaction. Returns false when the
 * other one won.
 */
async function moveIfStillAllowed(
  manager: EntityManager,
  dispute: Dispute,
  to: DisputeStatus,
  changes: Partial<Dispute> & { updatedAt: Date },
): Promise<boolean> {
  const result = await manager
    .getRepository(Dispute)
    .update({ id: dispute.id, status: In(statusesAllowedBefore(to)) }, { ...changes, status: to });
  if (result.affected === 0) return false;
  await queueDisputeNotice(manager, dispute, to, changes.updatedAt);
  return true;
}

/** After losing a race, explains the refusal from the status the winner left. */
async function refuseLostRace(dataSource: DataSource, id: string, to: DisputeStatus): Promise<never> {
  requireTransition((await findDispute(dataSource.manager, id)).status, to);
  throw new Error(`dispute ${id} could not move to ${to}`);
}

export async function startInvestigation(dataSource: DataSource, id: string): Promise<Dispute> {
  const dispute = await findDispute(dataSource.manager, id);
  requireTransition(dispute.status, 'INVESTIGATING');
  const moved = await dataSource.transaction((manager) =>
    moveIfStillAllowed(manager, dispute, 'INVESTIGATING', { updatedAt: new Date() }),
  );
  if (!moved) {
    await refuseLostRace(dataSource, dispute.id, 'INVESTIGATING');
  }
  return findDispute(dataSource.manager, dispute.id);
}

/**
 * Decides a dispute. When upheld, the record's correction, the dispute's outcome and
 * the credit file's recomputed history class commit together: the next score read
 * (which reads the file) can never see one without the others.
 */
export async function resolveDispute(
  dataSource: DataSource,
  staffId: string,
  input: DisputeResolution,
): Promise<Dispute> {
  const note = validateResolutionNote(input.note);
  const dispute = await findDispute(dataSource.manager, input.id);
  requireTransition(dispute.status, input.outcome);
  const record = await dataSource.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
  const correction = correctionFor(record, input);
  const now = new Date();
  // Every client error is raised before or after the transaction, never inside it: on SQLite
  // all requests share one connection, so a rollback would also undo other requests' writes.
  const decided = await dataSource.transaction(async (manager) => {
    const changes = { updatedAt: now, resolvedAt: now, resolutionNote: note, resolvedByStaffId: staffId, correction };
    if (!(await moveIfStillAllowed(manager, dispute, input.outcome, changes))) return false;
    if (correction) await correctRecord(manager, record, correction, now);
    return true;
  });
  if (!decided) await refuseLostRace(dataSource, dispute.id, input.outcome);
  return findDispute(dataSource.manager, dispute.id);
}

async function correctRecord(
  manager: EntityManager,
  record: CreditRecord,
  correction: RecordCorrection,
  now: Date,
): Promise<void> {
  // Lock the file first so two corrections for one subject recompute the class one after the other.
  const file = await lockedCreditFile(manager, record.userId);
  await manager
    .getRepository(CreditRecord)
    .update({ id: record.id }, { status: correction.status, daysLate: correction.daysLate, paidOn: correction.paidOn });
  if (!file) return;
  const accounts = await manager
    .getRepository(CreditAccount)
    .find({ where: { userId: record.userId }, select: { kind: true, status: true, isCurrentLoan: true } });
  const records = await manager
    .getRepository(CreditRecord)
    .find({ where: { userId: record.userId }, select: { status: true } });
  await setCreditHistoryClass(manager, file, deriveCreditHistoryClass(accounts, records), now);
}

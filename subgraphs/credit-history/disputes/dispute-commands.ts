import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, In } from 'typeorm';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { upsertRows } from '../../../shared/store/upsert';
import { queueDisputeNotice } from './dispute-notices';
import { lockedCreditFile, recomputeCreditHistoryClass } from '../credit-file/class-change';
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
  if (record.suppressedAt)
    throw badUserInput(`Record ${recordId} is no longer on your file: there is nothing left to dispute.`, 'recordId');
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
    deadlineExtendedAt: null,
    addedInformation: null,
    updatedAt: now,
    resolvedAt: null,
    resolutionNote: null,
    resolvedByStaffId: null,
    correction: null,
    // the furnisher answers a dispute of what it furnished; staff decide the rest
    furnisherId: record.furnisherId,
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

export async function findDispute(manager: EntityManager, id: string): Promise<Dispute> {
  const dispute = await manager.getRepository(Dispute).findOneBy({ id: requireWellFormedId(id) });
  if (!dispute) throw notFound('Dispute', id);
  return dispute;
}

/**
 * Moves a dispute only if it is still in a status that may move there: a conditional
 * update, so two staff acting at once cannot both decide the same dispute. The move
 * queues the consumer's notice in the caller's transaction. Returns false when the
 * other one won. `also` narrows the guard (the deadline sweep: still past its deadline).
 */
export async function moveIfStillAllowed(
  manager: EntityManager,
  dispute: Dispute,
  to: DisputeStatus,
  changes: Partial<Dispute> & { updatedAt: Date },
  also: FindOptionsWhere<Dispute> = {},
): Promise<boolean> {
  const result = await manager
    .getRepository(Dispute)
    .update({ ...also, id: dispute.id, status: In(statusesAllowedBefore(to)) }, { ...changes, status: to });
  if (result.affected === 0) return false;
  await queueDisputeNotice(manager, dispute, to, changes.updatedAt);
  return true;
}

/** After losing a race, explains the refusal from the status the winner left. */
export async function refuseLostRace(dataSource: DataSource, id: string, to: DisputeStatus): Promise<never> {
  requireTransition((await findDispute(dataSource.manager, id)).status, to);
  throw new Error(`dispute ${id} could not move to ${to}`);
}

/** Staff decide disputes of records nobody furnished; a furnished record's dispute is its furnisher's to answer. */
async function findStaffCase(manager: EntityManager, id: string): Promise<Dispute> {
  const dispute = await findDispute(manager, id);
  if (dispute.furnisherId !== null) {
    throw badUserInput(
      `Dispute ${dispute.id} is about a furnished record: its furnisher answers it (answerDispute), and the record leaves the file if it does not by the deadline.`,
      'id',
    );
  }
  return dispute;
}

export async function startInvestigation(dataSource: DataSource, id: string): Promise<Dispute> {
  const dispute = await findStaffCase(dataSource.manager, id);
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
  const dispute = await findStaffCase(dataSource.manager, input.id);
  requireTransition(dispute.status, input.outcome);
  const record = await dataSource.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
  const correction = correctionFor(record, input);
  const now = new Date();
  // Every client error is raised before or after the transaction, never inside it: on SQLite
  // all requests share one connection, so a rollback would also undo other requests' writes.
  const decided = await dataSource.transaction(async (manager) => {
    const changes = { updatedAt: now, resolvedAt: now, resolutionNote: note, resolvedByStaffId: staffId, correction };
    if (!(await moveIfStillAllowed(manager, dispute, input.outcome, changes))) return false;
    if (correction) await changeRecord(manager, record, correction, now);
    return true;
  });
  if (!decided) await refuseLostRace(dataSource, dispute.id, input.outcome);
  return findDispute(dataSource.manager, dispute.id);
}

/** What a decision does to its record: corrects it, or takes it off the file (SUPPRESS). */
export type RecordChange = RecordCorrection | 'SUPPRESS';

/**
 * Writes a decision's change on its record and recomputes the credit file's derived
 * inputs in the caller's transaction, so the next score read (which reads the file)
 * never sees one without the other; a changed input is announced to scores there too.
 */
export async function changeRecord(
  manager: EntityManager,
  record: CreditRecord,
  change: RecordChange,
  now: Date,
): Promise<void> {
  // Lock the file first so two changes for one subject recompute the class one after the other.
  const file = await lockedCreditFile(manager, record.userId);
  const records = manager.getRepository(CreditRecord);
  if (change === 'SUPPRESS') await records.update({ id: record.id }, { suppressedAt: now });
  else {
    const { status, daysLate, paidOn, amountCents } = change;
    await records.update(
      { id: record.id },
      { status, daysLate, paidOn, amountCents: amountCents ?? record.amountCents },
    );
  }
  if (file) await recomputeCreditHistoryClass(manager, file, now);
}

import { DataSource, EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { changeRecord, findDispute, moveIfStillAllowed, RecordChange, refuseLostRace } from './dispute-commands';
import {
  correctedTiming,
  CorrectionFields,
  FurnisherOutcome,
  requireTransition,
  validateResolutionNote,
} from './dispute-lifecycle';
import { CreditRecord, PaymentStatus } from '../entities/CreditRecord';
import { Dispute, RecordCorrection } from '../entities/Dispute';

/** The corrected fields of a record, as its furnisher gives them (answerDispute's `corrected`). */
export interface CorrectedRecord {
  status?: PaymentStatus | null;
  paidOn?: string | null;
  amountCents?: number | null;
}

export interface FurnisherAnswer {
  id: string;
  outcome: FurnisherOutcome;
  note: string;
  corrected?: CorrectedRecord | null;
}

const FURNISHER_FIELDS: CorrectionFields = {
  status: 'corrected.status',
  paidOn: 'corrected.paidOn',
  decision: "A furnisher's correction",
};
const MOST_CENTS = 1_000_000_000;

export const FURNISHER_SUSPENDED =
  "This partner's access to Credence is suspended: it cannot see or answer disputes until Credence reinstates it.";

/**
 * A dispute of one of this furnisher's records. Any other (another furnisher's, one of
 * a record nobody furnished, or none at all) is NOT_FOUND with the same message: a
 * furnisher learns nothing of disputes that are not about what it reported.
 */
async function findFurnisherCase(manager: EntityManager, furnisherId: string, id: string): Promise<Dispute> {
  const dispute = await findDispute(manager, id);
  if (dispute.furnisherId !== furnisherId) throw notFound('Dispute', id);
  return dispute;
}

/**
 * What a CORRECTED answer writes on the record: the fields the furnisher gives, the
 * others as they were. A status without a date pays ON_TIME on the due date; a date
 * without a status decides it (after the due date is LATE). Correcting to nothing new
 * is refused: that answer is VERIFIED.
 */
export function furnisherCorrection(
  record: Pick<CreditRecord, 'status' | 'daysLate' | 'paidOn' | 'dueOn' | 'amountCents'>,
  corrected: CorrectedRecord | null | undefined,
): RecordCorrection {
  const { status, paidOn, amountCents } = corrected ?? {};
  if (status == null && paidOn == null && amountCents == null) {
    throw badUserInput('CORRECTED needs the corrected fields: corrected.status, paidOn or amountCents.', 'corrected');
  }
  if (amountCents != null && (!Number.isInteger(amountCents) || amountCents < 1 || amountCents > MOST_CENTS)) {
    throw badUserInput(
      `"corrected.amountCents" must be a whole number from 1 to ${MOST_CENTS}.`,
      'corrected.amountCents',
    );
  }
  const timing =
    status == null && paidOn == null
      ? null
      : correctedTiming(
          record,
          status ?? (paidOn! > record.dueOn ? 'LATE' : 'ON_TIME'),
          paidOn ?? null,
          FURNISHER_FIELDS,
        );
  const correction: RecordCorrection = {
    previousStatus: record.status,
    previousDaysLate: record.daysLate,
    previousPaidOn: record.paidOn,
    previousAmountCents: record.amountCents,
    status: timing?.status ?? record.status,
    daysLate: timing?.daysLate ?? record.daysLate,
    paidOn: timing ? timing.paidOn : record.paidOn,
    amountCents: amountCents ?? record.amountCents,
  };
  const unchanged =
    correction.status === record.status &&
    correction.paidOn === record.paidOn &&
    correction.amountCents === record.amountCents;
  if (unchanged)
    throw badUserInput('The corrected fields are what the record already says: answer VERIFIED.', 'corrected');
  return correction;
}

/**
 * The furnisher answers a dispute of one of its records (FCRA §623): VERIFIED keeps
 * the record, CORRECTED changes it, DELETED takes it off the file; the last two
 * recompute the file's derived inputs, so the score follows. One answer per dispute:
 * a conditional update decides between two answers, or an answer and the deadline
 * sweep, racing; the loser is told why from the status the winner left. Every client
 * error is raised before or after the transaction (SQLite shares one connection).
 */
export async function answerDispute(
  dataSource: DataSource,
  furnisherId: string,
  input: FurnisherAnswer,
): Promise<Dispute> {
  const dispute = await findFurnisherCase(dataSource.manager, furnisherId, requireWellFormedId(input.id));
  const note = validateResolutionNote(input.note);
  requireTransition(dispute.status, input.outcome);
  if (input.outcome !== 'CORRECTED' && input.corrected != null) {
    throw badUserInput(`A ${input.outcome} answer leaves nothing to correct: drop "corrected".`, 'corrected');
  }
  const record = await dataSource.getRepository(CreditRecord).findOneByOrFail({ id: dispute.recordId });
  const correction = input.outcome === 'CORRECTED' ? furnisherCorrection(record, input.corrected) : null;
  const change: RecordChange | null = input.outcome === 'DELETED' ? 'SUPPRESS' : correction;
  const now = new Date();
  const answered = await dataSource.transaction(async (manager) => {
    const changes = { updatedAt: now, resolvedAt: now, resolutionNote: note, correction };
    if (!(await moveIfStillAllowed(manager, dispute, input.outcome, changes))) return false;
    if (change) await changeRecord(manager, record, change, now);
    return true;
  });
  if (!answered) await refuseLostRace(dataSource, dispute.id, input.outcome);
  return findDispute(dataSource.manager, dispute.id);
}

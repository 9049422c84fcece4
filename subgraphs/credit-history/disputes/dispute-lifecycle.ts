import { isPastDeadline, responseDeadline, validateCaseNote } from '../../../shared/casework';
import { badUserInput } from '../../../shared/errors';
import type { CreditRecord, PaymentStatus } from '../entities/CreditRecord';
import type { DisputeReason, DisputeStatus, RecordCorrection } from '../entities/Dispute';
import { DAY_MS } from '../../../shared/time';

export const DISPUTE_REASONS: readonly DisputeReason[] = [
  'NOT_MINE',
  'WRONG_AMOUNT',
  'PAID_ON_TIME',
  'WRONG_STATUS',
  'OTHER',
];
export const DETAILS_MAX_LENGTH = 2000;

/**
 * Where each status may go next; a resolved dispute is final (the subject files a new
 * one). Who may move it is decided by whose record it is (dispute-commands.ts and
 * furnisher-answers.ts): staff for a record nobody furnished, its furnisher (or its
 * deadline) for a furnished one.
 */
export const DISPUTE_TRANSITIONS: Readonly<Record<DisputeStatus, readonly DisputeStatus[]>> = {
  OPEN: ['INVESTIGATING', 'UPHELD', 'REJECTED', 'VERIFIED', 'CORRECTED', 'DELETED', 'EXPIRED'],
  INVESTIGATING: ['UPHELD', 'REJECTED'],
  UPHELD: [],
  REJECTED: [],
  VERIFIED: [],
  CORRECTED: [],
  DELETED: [],
  EXPIRED: [],
};

export type DisputeOutcome = 'UPHELD' | 'REJECTED';

/** A furnisher's answer: the record is right, was wrong and is corrected, or should never have been reported. */
export type FurnisherOutcome = 'VERIFIED' | 'CORRECTED' | 'DELETED';

/** Filed and not yet decided: the record may have only one such dispute at a time. */
export const UNRESOLVED_STATUSES: readonly DisputeStatus[] = ['OPEN', 'INVESTIGATING'];

export function isUnresolved(status: DisputeStatus): boolean {
  return UNRESOLVED_STATUSES.includes(status);
}

export function canTransition(from: DisputeStatus, to: DisputeStatus): boolean {
  return DISPUTE_TRANSITIONS[from].includes(to);
}

/** The statuses a dispute must be in to move to `to`: the guard of the conditional update. */
export function statusesAllowedBefore(to: DisputeStatus): DisputeStatus[] {
  return (Object.keys(DISPUTE_TRANSITIONS) as DisputeStatus[]).filter((from) => canTransition(from, to));
}

export function requireTransition(from: DisputeStatus, to: DisputeStatus): void {
  if (canTransition(from, to)) return;
  const why = isUnresolved(from)
    ? `it is already ${from}`
    : `it was resolved as ${from}, which is final (the subject can file a new dispute)`;
  throw badUserInput(`A dispute cannot move from ${from} to ${to}: ${why}.`, 'id');
}

/** How long the bureau has to investigate a dispute: the casework clock, counted from filing. */
export const deadlineFor = responseDeadline;

/** Past its deadline and still undecided. */
export function isOverdue(dispute: { status: DisputeStatus; deadline: Date }, now: Date): boolean {
  return isPastDeadline(dispute.deadline, isUnresolved(dispute.status), now);
}

export interface FilingInput {
  reason: DisputeReason;
  details: string;
}

export function validateFiling(input: FilingInput): FilingInput {
  if (!DISPUTE_REASONS.includes(input.reason))
    throw badUserInput(`"${input.reason}" is not a dispute reason.`, 'reason');
  const details = input.details.trim();
  if (details.length === 0) throw badUserInput('Describe what is wrong with the record in "details".', 'details');
  if (details.length > DETAILS_MAX_LENGTH)
    throw badUserInput(`"details" must be at most ${DETAILS_MAX_LENGTH} characters.`, 'details');
  return { reason: input.reason, details };
}

export const validateResolutionNote = (note: string) => validateCaseNote(note, 'say why the dispute was decided so');

export interface ResolutionInput {
  outcome: DisputeOutcome;
  correctedStatus?: PaymentStatus | null;
  correctedPaidOn?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(text: string, field: string): number {
  const time = ISO_DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
    throw badUserInput(`"${text}" is not a date: expected YYYY-MM-DD.`, field);
  }
  return time;
}

/** The argument names a correction's errors point at: staff's resolveDispute, or a furnisher's answerDispute. */
export interface CorrectionFields {
  status: string;
  paidOn: string;
  /** how the decision that corrects is called in the messages */
  decision: string;
}

const STAFF_FIELDS: CorrectionFields = {
  status: 'correctedStatus',
  paidOn: 'correctedPaidOn',
  decision: 'An upheld dispute',
};

/**
 * What an upheld dispute writes on its record. Only the payment's timing is corrected:
 * ON_TIME (the default; paid on the due date unless a date is given) or LATE (with the
 * date it was paid). A dispute never makes a record worse, so DEFAULTED is refused.
 */
export function correctionFor(
  record: Pick<CreditRecord, 'status' | 'daysLate' | 'paidOn' | 'dueOn' | 'amountCents'>,
  input: ResolutionInput,
): RecordCorrection | null {
  const { correctedStatus, correctedPaidOn } = input;
  if (input.outcome === 'REJECTED') {
    if (correctedStatus != null || correctedPaidOn != null) {
      throw badUserInput(
        'A rejected dispute leaves the record as it is: drop correctedStatus and correctedPaidOn.',
        'correctedStatus',
      );
    }
    return null;
  }
  return correctedTiming(record, correctedStatus ?? 'ON_TIME', correctedPaidOn ?? null, STAFF_FIELDS);
}

/**
 * The record's payment timing once corrected. Only ON_TIME (paid on the due date
 * unless a date is given) or LATE (with the date it was paid): a dispute never makes a
 * record worse, so DEFAULTED is refused. Keeps the amount as it is.
 */
export function correctedTiming(
  record: Pick<CreditRecord, 'status' | 'daysLate' | 'paidOn' | 'dueOn' | 'amountCents'>,
  status: PaymentStatus,
  paidOn: string | null,
  fields: CorrectionFields,
): RecordCorrection {
  const previous = {
    previousStatus: record.status,
    previousDaysLate: record.daysLate,
    previousPaidOn: record.paidOn,
    previousAmountCents: record.amountCents,
    amountCents: record.amountCents,
  };
  const due = parseIsoDate(record.dueOn, fields.paidOn);
  const paid = paidOn === null ? null : parseIsoDate(paidOn, fields.paidOn);
  switch (status) {
    case 'ON_TIME':
      if (paid !== null && paid > due) {
        throw badUserInput(`A payment made after its due date (${record.dueOn}) is not ON_TIME.`, fields.paidOn);
      }
      return { ...previous, status, daysLate: 0, paidOn: paidOn ?? record.dueOn };
    case 'LATE':
      if (paid === null || paid <= due) {
        throw badUserInput(
          `A LATE correction needs ${fields.paidOn} after the due date (${record.dueOn}).`,
          fields.paidOn,
        );
      }
      return { ...previous, status, daysLate: Math.round((paid - due) / DAY_MS), paidOn: paidOn as string };
    default:
      throw badUserInput(`${fields.decision} corrects a record to ON_TIME or LATE, never to DEFAULTED.`, fields.status);
  }
}

import { DAY_MS } from '../../../shared/time';
import type { AccountKind } from '../entities/CreditAccount';
import type { PaymentStatus, RecordKind } from '../entities/CreditRecord';
import type { RecordRejection } from '../entities/FurnishingRejection';

/** At most this many records per reportCreditRecords call. */
export const RECORDS_PER_CALL = 1000;

/** One record as a furnisher sends it: a call's input, or a file's parsed line. */
export interface FurnishedRecordInput {
  subjectId: string;
  accountReference: string;
  accountKind: AccountKind;
  dueOn: string;
  amountCents: number;
  paidOn?: string | null;
  status: PaymentStatus;
  /** the furnisher certifies the record complete and accurate: required to put back a record a dispute removed */
  certifiedAccurate?: boolean | null;
}

/** A record that passed every check that needs no consumer's data, with its days late worked out. */
export interface ValidRecord {
  index: number;
  /** the subject as the partner named it (see subject-ids.ts) */
  givenSubjectId: string;
  accountReference: string;
  accountKind: AccountKind;
  dueOn: string;
  amountCents: number;
  paidOn: string | null;
  status: PaymentStatus;
  daysLate: number;
  /** see FurnishedRecordInput; false when not given */
  certifiedAccurate: boolean;
}

export const RECORD_KIND_OF: Record<AccountKind, RecordKind> = {
  CREDIT_CARD: 'CREDIT_CARD_REPAYMENT',
  CONSUMER_LOAN: 'LOAN_REPAYMENT',
  UTILITY: 'UTILITY_PAYMENT',
};
const ACCOUNT_KINDS = Object.keys(RECORD_KIND_OF);
const STATUSES: PaymentStatus[] = ['ON_TIME', 'LATE', 'DEFAULTED'];
const MAX_AMOUNT_CENTS = 1_000_000_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** No payment is older: a year 0001 due date would tell the consumer of a payment 740,000 days late. */
export const EARLIEST_DAY = '1900-01-01';
const EARLIEST = Date.parse(`${EARLIEST_DAY}T00:00:00Z`) / DAY_MS;
/** Control characters have no place in a reference, and NUL is text no store keeps (PostgreSQL refuses it). */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const MAX_SUBJECT_ID_LENGTH = 100;

/** The day number (days since 1970) of an ISO date from EARLIEST_DAY on, or null when it is not one. */
function parseDay(text: string): number | null {
  if (!ISO_DATE.test(text)) return null;
  const time = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) return null;
  return time / DAY_MS >= EARLIEST ? time / DAY_MS : null;
}

/** Days already read: a file's hundred thousand records name a few hundred dates, each parsed once. */
const knownDays = new Map<string, number | null>();
const KNOWN_DAYS_LIMIT = 10_000;

function dayOf(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const known = knownDays.get(text);
  if (known !== undefined) return known;
  const day = parseDay(text);
  if (knownDays.size >= KNOWN_DAYS_LIMIT) knownDays.clear();
  knownDays.set(text, day);
  return day;
}

export const malformed = (index: number, field: string, message: string): RecordRejection => ({
  index,
  code: 'BAD_USER_INPUT',
  message,
  field,
});

/**
 * Checks one record on its own, before anyone's consent or file is looked at: what it
 * says must hold together (dates, amount, status against the dates). A record that
 * fails says which field; nothing here depends on the consumer, so the answer tells
 * nothing about them. Days late: from the due date to the payment, or to today while
 * a LATE or DEFAULTED payment is still unpaid.
 */
export function checkRecord(input: unknown, index: number, today: string): ValidRecord | RecordRejection {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return malformed(index, 'record', 'A record is a JSON object with the fields of FurnishedRecordInput.');
  const record = input as Record<string, unknown>;
  const { subjectId, accountReference, accountKind, dueOn, amountCents, status } = record;
  const paidOn = record.paidOn ?? null;
  // Whose id it is is not checked here: an id this furnisher was not given is refused as CONSENT_REQUIRED, like any
  // consumer who allows nothing (subject-ids.ts), so the answer tells nothing of whether it names someone.
  if (typeof subjectId !== 'string' || subjectId.length < 1 || subjectId.length > MAX_SUBJECT_ID_LENGTH)
    return malformed(
      index,
      'subjectId',
      'subjectId is not a Credence id: give the id Credence gave you for the consumer.',
    );
  const reference = typeof accountReference === 'string' ? accountReference.trim() : '';
  if (reference.length < 1 || reference.length > 100 || CONTROL_CHARACTER.test(reference))
    return malformed(
      index,
      'accountReference',
      'accountReference must be 1 to 100 characters, none a control character.',
    );
  if (typeof accountKind !== 'string' || !ACCOUNT_KINDS.includes(accountKind))
    return malformed(index, 'accountKind', `accountKind must be one of ${ACCOUNT_KINDS.join(', ')}.`);
  if (typeof status !== 'string' || !STATUSES.includes(status as PaymentStatus))
    return malformed(index, 'status', `status must be one of ${STATUSES.join(', ')}.`);
  if (!Number.isInteger(amountCents) || (amountCents as number) < 1 || (amountCents as number) > MAX_AMOUNT_CENTS)
    return malformed(index, 'amountCents', `amountCents must be a whole number from 1 to ${MAX_AMOUNT_CENTS}.`);
  const todayDay = dayOf(today)!;
  const due = dayOf(dueOn);
  if (due === null || due > todayDay)
    return malformed(index, 'dueOn', `dueOn must be a date YYYY-MM-DD from ${EARLIEST_DAY}, not in the future.`);
  const paid = paidOn === null ? null : dayOf(paidOn);
  if (paidOn !== null && (paid === null || paid > todayDay))
    return malformed(
      index,
      'paidOn',
      `paidOn must be a date YYYY-MM-DD from ${EARLIEST_DAY}, not in the future, or null.`,
    );
  const refusal = statusRefusal(status as PaymentStatus, due, paid, todayDay);
  if (refusal) return malformed(index, refusal.field, refusal.message);
  const certifiedAccurate = record.certifiedAccurate ?? false;
  if (typeof certifiedAccurate !== 'boolean')
    return malformed(index, 'certifiedAccurate', 'certifiedAccurate must be true, false or left out.');
  return {
    index,
    givenSubjectId: subjectId,
    accountReference: reference,
    accountKind: accountKind as AccountKind,
    dueOn: dueOn as string,
    amountCents: amountCents as number,
    paidOn: paidOn as string | null,
    status: status as PaymentStatus,
    daysLate: status === 'ON_TIME' ? 0 : Math.max(0, (paid ?? todayDay) - due),
    certifiedAccurate,
  };
}

function statusRefusal(status: PaymentStatus, due: number, paid: number | null, today: number) {
  if (status === 'ON_TIME' && (paid === null || paid > due))
    return { field: 'paidOn', message: 'An ON_TIME payment needs paidOn on or before dueOn.' };
  if (status === 'LATE' && (paid === null ? today <= due : paid <= due))
    return { field: 'paidOn', message: 'A LATE payment is paid after dueOn, or still unpaid after it.' };
  // a debt can be settled after it defaulted, never before it fell due
  if (status === 'DEFAULTED' && (paid === null ? today <= due : paid <= due))
    return { field: 'paidOn', message: 'A DEFAULTED payment is unpaid after dueOn, or paid (settled) after it.' };
  return null;
}

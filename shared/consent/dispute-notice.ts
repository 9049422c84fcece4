/**
 * The contract between the credit-history subgraph, which owns disputes, and the
 * consent subgraph, which keeps each consumer's alerts feed: a dispute's change of
 * state travels as a notice through credit-history's outbox to this internal
 * mutation. The notice's id makes a repeated delivery a no-op.
 */
export interface DisputeNotice {
  id: string;
  subjectId: string;
  disputeId: string;
  /** OPEN, INVESTIGATING, UPHELD or REJECTED; for a furnished record, OPEN, VERIFIED, CORRECTED, DELETED or EXPIRED */
  status: string;
  occurredAt: string;
  /** set when the disputed record was furnished: the furnisher hears of it (dispute.opened, dispute.information_added, dispute.expired) */
  furnisher?: DisputeFurnisherFacts | null;
  /** what happened besides a change of status (null for a change of status), with its facts */
  event?: DisputeEvent | null;
  /** INFORMATION_ADDED: the deadline after the addition (ISO time), and whether the addition extended it */
  deadline?: string | null;
  deadlineExtended?: boolean | null;
  /** RECORD_REINSTATED: the record put back, as the consumer knows it */
  accountKind?: string | null;
  dueOn?: string | null;
}

/**
 * A dispute's events that change no status: the consumer added information (which may
 * extend the deadline), or the furnisher put back, certified, the record the dispute
 * removed (FCRA §611(a)(5)(B) asks the consumer be told).
 */
export type DisputeEvent = 'INFORMATION_ADDED' | 'RECORD_REINSTATED';

/**
 * What a furnisher learns of a dispute of one of its records, by webhook: enough to
 * find the record in its own books, never the consumer's words (those it reads in
 * disputesOfMyRecords, from rows an erasure deletes; a webhook body is kept).
 */
export interface DisputeFurnisherFacts {
  partnerId: string;
  recordId: string;
  accountReference: string | null;
  dueOn: string;
  reason: string;
  /** ISO time: when an unanswered dispute expires and the record leaves the file */
  deadline: string;
}

/** The one subgraph that may record dispute notices. */
export const DISPUTE_NOTICE_SENDER = 'credit-history';

export const RECORD_DISPUTE_NOTICE = `mutation RecordDisputeNotice($notice: DisputeNoticeInput!) {
  recordDisputeNotice(notice: $notice)
}`;

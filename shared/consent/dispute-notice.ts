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
  /** OPEN, INVESTIGATING, UPHELD or REJECTED */
  status: string;
  occurredAt: string;
}

/** The one subgraph that may record dispute notices. */
export const DISPUTE_NOTICE_SENDER = 'credit-history';

export const RECORD_DISPUTE_NOTICE = `mutation RecordDisputeNotice($notice: DisputeNoticeInput!) {
  recordDisputeNotice(notice: $notice)
}`;

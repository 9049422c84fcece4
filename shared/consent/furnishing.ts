/**
 * The contract between the credit-history subgraph, which takes furnished records, and
 * the consent subgraph, which knows who may furnish them: before touching any
 * consumer's file, credit-history asks which of the subjects a partner named allow
 * that partner to report (CREDIT_REPORTING), as the partner itself (the viewer).
 * Afterwards each consumer's feed learns what was reported through credit-history's
 * outbox; the notice's id makes a repeated delivery a no-op.
 */
export interface FurnishingPermits {
  /** why this partner may furnish nothing at all (not a furnisher, suspended, not a partner); null when it may */
  refusalCode: string | null;
  refusalMessage: string | null;
  /** the subjects asked about whose active consent lets this partner report; nothing is said of the others */
  allowed: string[];
  /** the furnisher's name in the partner directory, shown as the source of what it reports; null when refused */
  furnisherName: string | null;
}

export const FURNISHING_PERMITS = `query FurnishingPermits($subjectIds: [ID!]!) {
  furnishingPermits(subjectIds: $subjectIds) { refusalCode refusalMessage allowed furnisherName }
}`;

/** The one subgraph that asks for furnishing permits and records furnishing notices. */
export const FURNISHING_SENDER = 'credit-history';

/** What one furnishing call or file chunk reported about one consumer, for their feed. */
export interface FurnishingNotice {
  id: string;
  subjectId: string;
  partnerId: string;
  occurredAt: string;
  /** the kinds of the accounts reported on (CONSUMER_LOAN, CREDIT_CARD, UTILITY), each once */
  accountKinds: string[];
  onTime: number;
  late: number;
  defaulted: number;
  /** the most days late among the late records; 0 when none is late */
  maxDaysLate: number;
  /** how many of the late records were still unpaid when reported */
  unpaidLate: number;
}

export const RECORD_FURNISHING_NOTICES = `mutation RecordFurnishingNotices($notices: [FurnishingNoticeInput!]!) {
  recordFurnishingNotices(notices: $notices)
}`;

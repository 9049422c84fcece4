/**
 * The contract between the scores subgraph, which recomputes each consumer's score,
 * and the consent subgraph, which keeps their alerts feed: a stored score that moved
 * (or that a new scorecard recomputed) travels as a notice through scores' outbox to
 * this internal mutation. The sentence is made where the categories are known; the
 * notice's id makes a repeated delivery a no-op.
 */
export interface ScoreChangeNotice {
  id: string;
  subjectId: string;
  /** the stored score before, and after */
  from: number;
  to: number;
  modelVersion: string;
  /** MODEL_UPGRADE, CREDIT_FILE or PROFILE */
  cause: string;
  /** what changed and why, in one plain sentence */
  message: string;
  occurredAt: string;
}

/** The one subgraph that may record score-change notices. */
export const SCORE_CHANGE_NOTICE_SENDER = 'scores';

/** A claimed batch of notices in one call (a recompute of a thousand consumers is a thousand notices). */
export const RECORD_SCORE_CHANGE_NOTICES = `mutation RecordScoreChangeNotices($notices: [ScoreChangeNoticeInput!]!) {
  recordScoreChangeNotices(notices: $notices)
}`;

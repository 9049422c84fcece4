import { DataSource } from 'typeorm';
import { SCORE_CHANGE_NOTICE_SENDER, ScoreChangeNotice } from '../../../shared/scoring/score-change-notice';
import { recordPeerNotice, requireNoticeSender } from './peer-notices';

/** Only the scores subgraph's outbox records score-change notices. */
export function requireScoreChangeNoticeCaller(caller: string): void {
  requireNoticeSender(caller, SCORE_CHANGE_NOTICE_SENDER, 'score-change notices');
}

/** The notice as the scores subgraph sends it, its time parsed. */
export type ScoreChangeNoticeInput = Omit<ScoreChangeNotice, 'occurredAt'> & { occurredAt: Date };

/** Adds a change of the consumer's stored score, with its reasons, to their feed (once per notice; see recordPeerNotice). */
export async function recordScoreChangeNotice(dataSource: DataSource, notice: ScoreChangeNoticeInput): Promise<void> {
  await recordPeerNotice(dataSource, notice.id, {
    subjectId: notice.subjectId,
    kind: 'SCORE_CHANGED',
    sourcePrefix: 'score',
    occurredAt: notice.occurredAt,
    detail: {
      from: String(notice.from),
      to: String(notice.to),
      modelVersion: notice.modelVersion,
      cause: notice.cause,
      message: notice.message,
    },
  });
}

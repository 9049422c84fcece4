import { DataSource } from 'typeorm';
import { SCORE_CHANGE_NOTICE_SENDER, ScoreChangeNotice } from '../../../shared/scoring/score-change-notice';
import { requireWellFormedId } from '../../../shared/ids';
import { recordLiveSubjectsFeedLines, requireNoticeSender } from './peer-notices';

/** Only the scores subgraph's outbox records score-change notices. */
export function requireScoreChangeNoticeCaller(caller: string): void {
  requireNoticeSender(caller, SCORE_CHANGE_NOTICE_SENDER, 'score-change notices');
}

/** The notice as the scores subgraph sends it, its time parsed. */
export type ScoreChangeNoticeInput = Omit<ScoreChangeNotice, 'occurredAt'> & { occurredAt: Date };

/**
 * Adds changes of consumers' stored scores, with their reasons, to their feeds: once
 * per notice whatever the outbox retries (the notice id is the source key), a batch in
 * one transaction (see recordLiveSubjectsFeedLines).
 */
export async function recordScoreChangeNotices(
  dataSource: DataSource,
  notices: ScoreChangeNoticeInput[],
): Promise<void> {
  await recordLiveSubjectsFeedLines(
    dataSource,
    notices.map((notice) => ({
      subjectId: notice.subjectId,
      kind: 'SCORE_CHANGED' as const,
      sourceKey: `score:${requireWellFormedId(notice.id)}`,
      occurredAt: notice.occurredAt,
      detail: {
        from: String(notice.from),
        to: String(notice.to),
        modelVersion: notice.modelVersion,
        cause: notice.cause,
        message: notice.message,
      },
    })),
  );
}

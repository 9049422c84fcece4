import { DataSource } from 'typeorm';
import { FURNISHING_SENDER, FurnishingNotice } from '../../../shared/consent/furnishing';
import { forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { recordLiveSubjectsFeedLines } from './peer-notices';

/** Only credit-history's outbox records furnishing notices; the gateway never forwards the field. */
export function requireFurnishingNoticeCaller(caller: string): void {
  if (caller !== FURNISHING_SENDER) throw forbidden('Only the credit-history subgraph records furnishing notices.');
}

export type FurnishingNoticeInput = Omit<FurnishingNotice, 'occurredAt' | 'unpaidLate'> & {
  occurredAt: Date;
  unpaidLate?: number | null;
};

/**
 * Adds what furnishers reported to their consumers' feeds, one line per notice whatever
 * the outbox retries (the notice id is the source key); notices for consumers who
 * deleted their account are dropped (see recordLiveSubjectsFeedLines). The counts travel in the line's detail;
 * the sentence is made when the feed is read.
 */
export async function recordFurnishingNotices(dataSource: DataSource, notices: FurnishingNoticeInput[]): Promise<void> {
  await recordLiveSubjectsFeedLines(
    dataSource,
    notices.map((notice) => ({
      subjectId: notice.subjectId,
      kind: 'RECORDS_FURNISHED' as const,
      sourceKey: `furnishing:${requireWellFormedId(notice.id)}`,
      occurredAt: notice.occurredAt,
      partnerId: requireWellFormedId(notice.partnerId, 'partnerId'),
      detail: {
        accountKinds: notice.accountKinds.join(','),
        onTime: String(notice.onTime),
        late: String(notice.late),
        defaulted: String(notice.defaulted),
        maxDaysLate: String(notice.maxDaysLate),
        unpaidLate: String(notice.unpaidLate ?? 0),
      },
    })),
  );
}

import { DataSource, In } from 'typeorm';
import { FURNISHING_SENDER, FurnishingNotice } from '../../../shared/consent/furnishing';
import { forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { withSubjectsLocked } from '../subject-lock';
import { ErasureRequest } from '../entities/ErasureRequest';
import { addFeedLines } from '../feed/feed-lines';

/** Only credit-history's outbox records furnishing notices; the gateway never forwards the field. */
export function requireFurnishingNoticeCaller(caller: string): void {
  if (caller !== FURNISHING_SENDER) throw forbidden('Only the credit-history subgraph records furnishing notices.');
}

export type FurnishingNoticeInput = Omit<FurnishingNotice, 'occurredAt'> & { occurredAt: Date };

/**
 * Adds what furnishers reported to their consumers' feeds, one line per notice whatever
 * the outbox retries (the notice id is the source key). Notices for consumers who
 * deleted their account are dropped; the check and the insert hold the subjects' locks,
 * as erasure does (see recordDisputeNotice). The counts travel in the line's detail;
 * the sentence is made when the feed is read.
 */
export async function recordFurnishingNotices(dataSource: DataSource, notices: FurnishingNoticeInput[]): Promise<void> {
  if (!notices.length) return;
  const subjectIds = notices.map((notice) => requireWellFormedId(notice.subjectId, 'subjectId'));
  await withSubjectsLocked(dataSource, subjectIds, async (manager) => {
    const erased = new Set(
      (await manager.getRepository(ErasureRequest).findBy({ subjectId: In(subjectIds) })).map((r) => r.subjectId),
    );
    await addFeedLines(
      manager,
      notices
        .filter((notice) => !erased.has(notice.subjectId))
        .map((notice) => ({
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
          },
        })),
    );
  });
}

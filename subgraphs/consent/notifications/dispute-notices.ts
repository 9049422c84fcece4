import { DataSource } from 'typeorm';
import { DISPUTE_NOTICE_SENDER } from '../../../shared/consent/dispute-notice';
import { forbidden } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { withSubjectLocked } from '../subject-lock';
import { ErasureRequest } from '../entities/ErasureRequest';
import { addFeedLines } from '../feed/feed-lines';

/** Only credit-history's outbox records dispute notices; the gateway never forwards the field. */
export function requireDisputeNoticeCaller(caller: string): void {
  if (caller !== DISPUTE_NOTICE_SENDER) throw forbidden('Only the credit-history subgraph records dispute notices.');
}

export interface DisputeNoticeInput {
  id: string;
  subjectId: string;
  disputeId: string;
  status: string;
  occurredAt: Date;
}

/**
 * Adds a dispute's change of state to its consumer's feed, once per notice whatever
 * the outbox retries (the notice id is the source key). A notice that arrives after
 * the consumer deleted their account is dropped: there is no feed to add it to. The
 * check and the insert hold the subject's lock, as erasure does, so an erasure either
 * deletes this line with the rest of the feed or is seen here.
 */
export async function recordDisputeNotice(dataSource: DataSource, notice: DisputeNoticeInput): Promise<void> {
  const subjectId = requireWellFormedId(notice.subjectId, 'subjectId');
  await withSubjectLocked(dataSource, subjectId, async (manager) => {
    if (await manager.getRepository(ErasureRequest).existsBy({ subjectId })) return;
    await addFeedLines(manager, [
      {
        subjectId,
        kind: 'DISPUTE_UPDATED',
        sourceKey: `dispute:${requireWellFormedId(notice.id)}`,
        occurredAt: notice.occurredAt,
        disputeId: requireWellFormedId(notice.disputeId, 'disputeId'),
        detail: { status: notice.status },
      },
    ]);
  });
}

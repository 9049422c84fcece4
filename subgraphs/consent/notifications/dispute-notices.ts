import { DataSource } from 'typeorm';
import { DISPUTE_NOTICE_SENDER } from '../../../shared/consent/dispute-notice';
import { requireWellFormedId } from '../../../shared/ids';
import { recordPeerNotice, requireNoticeSender } from './peer-notices';

/** Only credit-history's outbox records dispute notices. */
export function requireDisputeNoticeCaller(caller: string): void {
  requireNoticeSender(caller, DISPUTE_NOTICE_SENDER, 'dispute notices');
}

export interface DisputeNoticeInput {
  id: string;
  subjectId: string;
  disputeId: string;
  status: string;
  occurredAt: Date;
}

/** Adds a dispute's change of state to its consumer's feed (once per notice; see recordPeerNotice). */
export async function recordDisputeNotice(dataSource: DataSource, notice: DisputeNoticeInput): Promise<void> {
  await recordPeerNotice(dataSource, notice.id, {
    subjectId: notice.subjectId,
    kind: 'DISPUTE_UPDATED',
    sourcePrefix: 'dispute',
    occurredAt: notice.occurredAt,
    disputeId: requireWellFormedId(notice.disputeId, 'disputeId'),
    detail: { status: notice.status },
  });
}

import {
  FURNISHING_SENDER,
  FurnishingNotice as Notice,
  RECORD_FURNISHING_NOTICES,
} from '../../../shared/consent/furnishing';
import { startFeedNoticeDispatcher } from '../../../shared/consent/feed-notice-dispatcher';
import { SubgraphDatabase } from '../../../shared/store/database';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { FurnishingNotice } from '../entities/FurnishingNotice';

const noticeOf = (row: FurnishingNotice): Notice => ({
  id: row.id,
  subjectId: row.userId,
  partnerId: row.partnerId,
  occurredAt: row.occurredAt.toISOString(),
  accountKinds: row.accountKinds.split(',').filter(Boolean),
  onTime: row.onTime,
  late: row.late,
  defaulted: row.defaulted,
  maxDaysLate: row.maxDaysLate,
  unpaidLate: row.unpaidLate,
});

/**
 * Every credit-history replica polls the furnishing-notice outbox
 * (CREDENCE_FURNISHING_NOTICE_POLL_MS, default 1 s) and delivers what is due to the
 * consumers' feeds, a claimed batch (up to 100) a call, at least once (the consent
 * subgraph records each once).
 */
export function startFurnishingNoticeDispatcher(database: SubgraphDatabase, peers: SubgraphUrls) {
  return startFeedNoticeDispatcher(database, peers, {
    entity: FurnishingNotice,
    name: 'furnishing notice',
    pollSetting: 'CREDENCE_FURNISHING_NOTICE_POLL_MS',
    sender: FURNISHING_SENDER,
    mutation: RECORD_FURNISHING_NOTICES,
    batched: true,
    notice: noticeOf,
  });
}

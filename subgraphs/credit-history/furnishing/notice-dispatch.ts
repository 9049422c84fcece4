import {
  FURNISHING_SENDER,
  FurnishingNotice as Notice,
  RECORD_FURNISHING_NOTICES,
} from '../../../shared/consent/furnishing';
import { wholeNumberFromEnv } from '../../../shared/env';
import { SubgraphDatabase } from '../../../shared/store/database';
import { batchedSend } from '../../../shared/store/batched-send';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { callSubgraph, SubgraphUrls } from '../../../shared/trust/internal-client';
import { ANONYMOUS } from '../../../shared/trust/viewer';
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
});

/** The rows of one claimed batch go to the consent subgraph in one call (see batchedSend). */
const batchedDelivery = (peers: SubgraphUrls) =>
  batchedSend<FurnishingNotice>(async (rows) => {
    await callSubgraph(peers, 'consent', FURNISHING_SENDER, ANONYMOUS, RECORD_FURNISHING_NOTICES, {
      notices: rows.map(noticeOf),
    });
  });

/**
 * Every credit-history replica polls the furnishing-notice outbox
 * (CREDENCE_FURNISHING_NOTICE_POLL_MS, default 1 s) and delivers what is due to the
 * consumers' feeds, 100 a call, at least once (the consent subgraph records each once).
 */
export function startFurnishingNoticeDispatcher(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_FURNISHING_NOTICE_POLL_MS', 1000, 'milliseconds'),
) {
  const outbox = new Outbox(database.dataSource, FurnishingNotice, { batchSize: 100 });
  return pollOutbox(outbox, { name: 'furnishing notice', intervalMs, send: batchedDelivery(peers) });
}

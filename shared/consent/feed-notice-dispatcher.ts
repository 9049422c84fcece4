import { EntityTarget } from 'typeorm';
import { wholeNumberFromEnv } from '../env';
import { SubgraphDatabase } from '../store/database';
import { batchedSend } from '../store/batched-send';
import { Outbox } from '../store/outbox';
import { OutboxItem } from '../store/outbox-item';
import { pollOutbox } from '../store/outbox-poller';
import { callSubgraph, SubgraphUrls } from '../trust/internal-client';
import { ANONYMOUS } from '../trust/viewer';

/** One kind of notice a subgraph sends to the consent subgraph's feed through its own outbox. */
export interface FeedNoticeOutbox<T extends OutboxItem> {
  /** the outbox rows, written in the transaction of the event they tell of */
  entity: EntityTarget<T>;
  /** for log lines, e.g. 'dispute notice' */
  name: string;
  /** the setting of the pause between polls (default 1 s), e.g. CREDENCE_DISPUTE_NOTICE_POLL_MS */
  pollSetting: string;
  /** the subgraph sending, which consent checks */
  sender: string;
  /** consent's internal mutation, taking $notice, or with `batched` a list, $notices */
  mutation: string;
  /** the rows of a claimed batch (up to 100) go in one call, as $notices */
  batched?: boolean;
  /** the notice a row delivers; its id makes a repeated delivery a no-op there */
  notice: (row: T) => { id: string; subjectId: string };
}

/**
 * Every replica of the sending subgraph polls the outbox and delivers what is due to
 * the consent subgraph, at least once (consent records each notice once). Returns
 * the function that stops it.
 */
export function startFeedNoticeDispatcher<T extends OutboxItem>(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  outbox: FeedNoticeOutbox<T>,
  intervalMs = wholeNumberFromEnv(process.env, outbox.pollSetting, 1000, 'milliseconds'),
): Promise<() => Promise<void>> {
  const call = (variables: Record<string, unknown>) =>
    callSubgraph(peers, 'consent', outbox.sender, ANONYMOUS, outbox.mutation, variables);
  return pollOutbox(new Outbox(database.dataSource, outbox.entity, { batchSize: outbox.batched ? 100 : 20 }), {
    name: outbox.name,
    intervalMs,
    send: outbox.batched
      ? batchedSend<T>(async (rows) => {
          await call({ notices: rows.map(outbox.notice) });
        })
      : async (row) => {
          await call({ notice: outbox.notice(row) });
        },
  });
}

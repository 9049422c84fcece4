import { EntityManager } from 'typeorm';
import { forbidden } from '../../../shared/errors';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Viewer } from '../../../shared/trust/viewer';
import { decide } from './consent-rule';
import { ReadRequest, Verdict } from './verdict';
import { enforceThresholdQuota, ThresholdAsk, thresholdOf } from './threshold-quota';
import { readEvents, readEventsUpsert } from './read-events';
import { writeTogether } from '../../../shared/store/upsert';
import { findByKeys } from '../../../shared/store/rows-by-keys';
import { Consent } from '../entities/Consent';
import { suspensionVerdict } from './partner-suspension';
import { applyFileFreezes } from './file-freezes';
import { partnerReadNotices } from './partner-read-notices';
import { feedLinesInsert } from '../feed/feed-lines';

/** What another subgraph asks about through `decideAccess`. */
export type AccessRequestInput = ReadRequest;

function consentsFor(manager: EntityManager, viewer: Viewer, requests: ReadRequest[]): Promise<Consent[]> {
  if (viewer.kind !== 'partner') return Promise.resolve([]);
  const subjectIds = [...new Set(requests.map((r) => r.subjectId))];
  return findByKeys(manager, Consent, 'subjectId', subjectIds, { partnerId: viewer.partnerId }); // every partner read: hand-written
}

function thresholdAsks(requests: ReadRequest[], verdicts: Verdict[]): ThresholdAsk[] {
  return requests.flatMap((request, index) =>
    request.scope === 'SCORE_THRESHOLD' && verdicts[index].allowed
      ? [{ index, subjectId: request.subjectId, threshold: thresholdOf(request.detail) }]
      : [],
  );
}

/**
 * Decides a batch of reads for one viewer and logs them as read events (one row per
 * subject) before any answer leaves: no allowed read without a logged decision.
 * Nothing here reads the access log, so the cost does not grow with history.
 *
 * Statements per batch, whatever its size. A consumer's, staff's or anonymous batch:
 * the log upsert alone (1). A partner's batch: its suspension (1 primary-key SELECT),
 * its consents for the batch's subjects (1 SELECT, index on subject and partner), the
 * file freezes of the batch's subjects (1 SELECT by primary key; neither of these two
 * for a suspended partner), then the log upsert (one row per subject) written together with the
 * feed's insert-or-ignore (one line per new read event): on PostgreSQL one statement
 * (writeTogether), so 4 in all; on SQLite BEGIN, the two writes, COMMIT, so 7. With
 * `scoreAtLeast` reads the writes join the quota's transaction: BEGIN, 1–2 quota
 * statements (see threshold-quota.ts), the writes, COMMIT: 8 at most on PostgreSQL,
 * 9 on SQLite. The feed adds no statement on PostgreSQL, and on SQLite one write plus,
 * without a threshold, the in-process BEGIN and COMMIT.
 */
export async function decideAndLog(
  database: SubgraphDatabase,
  viewer: Viewer,
  requestId: string,
  requests: ReadRequest[],
  now = new Date(),
): Promise<Verdict[]> {
  if (!requests.length) return [];
  const { dataSource } = database;
  // A suspended partner is refused everything, whatever consents it holds; each refusal is logged.
  const suspended = await suspensionVerdict(dataSource.manager, viewer);
  const consents = suspended ? [] : await consentsFor(dataSource.manager, viewer, requests);
  const decided = requests.map((r) => suspended ?? decide(viewer, r.subjectId, r.scope, consents, now));
  // A suspended partner is refused already: its batch needs no freeze lookup.
  const verdicts = suspended ? decided : await applyFileFreezes(dataSource.manager, viewer, requests, decided);
  // The log and, for a partner's reads, the consumers' alerts: written together (see writeTogether).
  const log = (manager: EntityManager, final: Verdict[]) => {
    const events = readEvents(requestId, viewer, requests, final, now);
    return writeTogether(manager, [
      ...readEventsUpsert(manager, events),
      ...feedLinesInsert(manager, partnerReadNotices(events)),
    ]);
  };
  const asks = thresholdAsks(requests, verdicts);
  if (viewer.kind !== 'partner' || !asks.length) {
    await log(dataSource.manager, verdicts);
    return verdicts;
  }
  // The quota's lock is the transaction's first statement (see threshold-quota.ts).
  return dataSource.transaction(async (manager) => {
    const limited = await enforceThresholdQuota(manager, viewer.partnerId, asks, verdicts, now);
    await log(manager, limited);
    return limited;
  });
}

/** Only another subgraph may ask for decisions; the gateway never forwards this field. */
export function requireSubgraphCaller(caller: string): void {
  if (caller === 'gateway') throw forbidden('Access decisions are internal to Credence.');
}

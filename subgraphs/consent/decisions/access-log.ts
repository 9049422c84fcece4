import { EntityManager, In } from 'typeorm';
import { forbidden } from '../../../shared/errors';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Viewer } from '../../../shared/trust/viewer';
import { decide, Verdict } from './access-rules';
import { enforceThresholdQuota, ThresholdAsk, thresholdOf } from './threshold-quota';
import { ReadRequest, readEvents, writeReadEvents } from '../access-log/read-events';
import { Consent } from '../entities/Consent';
import { suspensionVerdict } from '../partners/partner-suspension';
import { applyFileFreezes } from '../freeze/file-freeze';
import { partnerReadNotices } from '../notifications/partner-read-notices';
import { queueNotifications } from '../notifications/queue-notifications';

/** What another subgraph asks about through `decideAccess`. */
export type AccessRequestInput = ReadRequest;

function consentsFor(manager: EntityManager, viewer: Viewer, requests: ReadRequest[]): Promise<Consent[]> {
  if (viewer.kind !== 'partner') return Promise.resolve([]);
  const subjectIds = [...new Set(requests.map((r) => r.subjectId))];
  return manager.getRepository(Consent).findBy({ partnerId: viewer.partnerId, subjectId: In(subjectIds) });
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
 * file freezes of the subjects a consent opened (1 SELECT by primary key, none when no
 * consent did), then one transaction: BEGIN, with `scoreAtLeast` reads 1–2 quota
 * statements (see threshold-quota.ts), the log upsert (one row per subject), the feed's
 * insert-or-ignore (one notice per new read event), COMMIT: 9 at most, 7 without a
 * threshold. The feed's notice is the one statement the alerts feed adds to a partner
 * batch (BEGIN and COMMIT come with it when the batch asks no threshold).
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
  const verdicts = await applyFileFreezes(dataSource.manager, viewer, requests, decided);
  if (viewer.kind !== 'partner') {
    await writeReadEvents(dataSource.manager, readEvents(requestId, viewer, requests, verdicts, now));
    return verdicts;
  }
  // A partner's reads also reach the consumer's feed, in the same transaction as the log.
  const asks = thresholdAsks(requests, verdicts);
  return dataSource.transaction(async (manager) => {
    // The quota's lock is the transaction's first statement (see threshold-quota.ts).
    const limited = asks.length ? await enforceThresholdQuota(manager, viewer.partnerId, asks, verdicts, now) : verdicts;
    const events = readEvents(requestId, viewer, requests, limited, now);
    await writeReadEvents(manager, events);
    await queueNotifications(manager, partnerReadNotices(events));
    return limited;
  });
}

/** Only another subgraph may ask for decisions; the gateway never forwards this field. */
export function requireSubgraphCaller(caller: string): void {
  if (caller === 'gateway') throw forbidden('Access decisions are internal to Credence.');
}

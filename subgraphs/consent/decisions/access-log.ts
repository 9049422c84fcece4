import { EntityManager, In } from 'typeorm';
import { forbidden } from '../../../shared/errors';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Viewer } from '../../../shared/trust/viewer';
import { decide, Verdict } from './access-rules';
import { enforceThresholdQuota, ThresholdAsk, thresholdOf } from './threshold-quota';
import { ReadRequest, readEvents, writeReadEvents } from '../access-log/read-events';
import { Consent } from '../entities/Consent';
import { suspensionVerdict } from '../partners/partner-suspension';

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
 * Statements per batch, whatever its size: a partner's batch reads its consents for
 * the batch's subjects (1 SELECT, index on subject and partner), then writes the log
 * (1 multi-row upsert, one row per subject). With `scoreAtLeast` reads the quota
 * and the log are written in one transaction: BEGIN, 1–2 quota statements (see
 * threshold-quota.ts), the log upsert, COMMIT: 6 at most. A consumer's, staff's or
 * anonymous batch is the log upsert alone.
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
  const verdicts = requests.map((r) => suspended ?? decide(viewer, r.subjectId, r.scope, consents, now));
  const asks = thresholdAsks(requests, verdicts);
  if (viewer.kind !== 'partner' || !asks.length) {
    await writeReadEvents(dataSource.manager, readEvents(requestId, viewer, requests, verdicts, now));
    return verdicts;
  }
  // The quota's lock is the transaction's first statement (see threshold-quota.ts).
  return dataSource.transaction(async (manager) => {
    const limited = await enforceThresholdQuota(manager, viewer.partnerId, asks, verdicts, now);
    await writeReadEvents(manager, readEvents(requestId, viewer, requests, limited, now));
    return limited;
  });
}

/** Only another subgraph may ask for decisions; the gateway never forwards this field. */
export function requireSubgraphCaller(caller: string): void {
  if (caller === 'gateway') throw forbidden('Access decisions are internal to Credence.');
}

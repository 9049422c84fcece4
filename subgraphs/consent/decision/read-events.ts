import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Statement, upsertStatements, writeTogether } from '../../../shared/store/upsert';
import { Viewer, viewerId } from '../../../shared/trust/viewer';
import { ReadRequest, Verdict } from './verdict';
import { AccessLogEntry, FieldRead, ViewerKind } from '../entities/AccessLogEntry';
import { groupBy } from '../../../shared/group-by';

const distinctPurposes = (verdicts: Verdict[]) =>
  [...new Set(verdicts.map((v) => v.purpose).filter((p): p is string => !!p))].join('; ') || null;

/**
 * The batch's read events: one per subject, in subject order (so two batches of the
 * same request lock the same rows in the same order), each listing its fields.
 */
export function readEvents(
  requestId: string,
  viewer: Viewer,
  requests: ReadRequest[],
  verdicts: Verdict[],
  now: Date,
): AccessLogEntry[] {
  const bySubject = groupBy(requests.keys(), (i) => requests[i].subjectId);
  return [...bySubject.keys()].sort().map((subjectId) => {
    const indices = bySubject.get(subjectId) as number[];
    const reads: FieldRead[] = indices.map((i) => ({
      field: requests[i].field,
      scope: requests[i].scope,
      detail: requests[i].detail ?? null,
      ...(requests[i].noun ? { noun: requests[i].noun } : {}),
      outcome: verdicts[i].allowed ? 'ALLOWED' : 'DENIED',
      denialCode: verdicts[i].code,
      consentId: verdicts[i].consentId,
    }));
    return Object.assign(new AccessLogEntry(), {
      id: randomUUID(),
      requestId,
      subjectId,
      viewerKind: viewer.kind.toUpperCase() as ViewerKind,
      viewerId: viewerId(viewer),
      staffRole: viewer.kind === 'staff' ? viewer.role : null,
      decision: reads.some((read) => read.outcome === 'ALLOWED') ? 'ALLOWED' : 'DENIED',
      purpose: distinctPurposes(indices.map((i) => verdicts[i])) ?? (viewer.kind === 'staff' ? viewer.reason : null),
      reads,
      occurredAt: now,
    });
  });
}

/**
 * The statements that write a batch's events, one multi-row upsert. A request reaches the consent
 * subgraph in several batches (users, credit history, scores); a later batch merges
 * into the event an earlier one wrote for the same (request, subject): its fields are
 * appended to the JSON array (text surgery that both stores speak), the event is
 * ALLOWED once any field was, and a purpose not yet listed is added.
 */
export function readEventsUpsert(manager: EntityManager, events: AccessLogEntry[]): Statement[] {
  const old = '"access_log_entry"';
  const contains = manager.connection.driver.options.type === 'postgres' ? 'strpos' : 'instr';
  return upsertStatements(
    manager,
    AccessLogEntry,
    events,
    `("request_id", "subject_id") DO UPDATE SET
      "reads" = substr(${old}."reads", 1, length(${old}."reads") - 1) || ',' || substr(EXCLUDED."reads", 2),
      "decision" = CASE WHEN EXCLUDED."decision" = 'ALLOWED' THEN 'ALLOWED' ELSE ${old}."decision" END,
      "purpose" = CASE
        WHEN EXCLUDED."purpose" IS NULL THEN ${old}."purpose"
        WHEN ${old}."purpose" IS NULL THEN EXCLUDED."purpose"
        WHEN ${contains}('; ' || ${old}."purpose" || '; ', '; ' || EXCLUDED."purpose" || '; ') > 0 THEN ${old}."purpose"
        ELSE ${old}."purpose" || '; ' || EXCLUDED."purpose" END`,
  );
}

/** Writes a batch's events on their own (the decision writes them together with the feed's lines). */
export const writeReadEvents = (manager: EntityManager, events: AccessLogEntry[]) =>
  writeTogether(manager, readEventsUpsert(manager, events));

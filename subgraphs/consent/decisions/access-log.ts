import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { forbidden } from '../../../shared/errors';
import { ConsentScope } from '../../../shared/consent/consent-scopes';
import { SubgraphDatabase } from '../../../shared/store/database';
import { Viewer, viewerId } from '../../../shared/trust/viewer';
import { decide, Verdict } from './access-rules';
import { AccessLogEntry, ViewerKind } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { limitThresholdProbing } from './threshold-probing';
import { suspensionVerdict } from '../partners/partner-suspension';

export interface AccessRequestInput {
  subjectId: string;
  scope: ConsentScope;
  field: string;
  detail?: string | null;
}

/**
 * Decides a batch of reads for one viewer and logs every one of them in the same
 * transaction: one consent query and one insert, however many users are asked about.
 */
export async function decideAndLog(
  database: SubgraphDatabase,
  viewer: Viewer,
  requests: AccessRequestInput[],
  now = new Date(),
): Promise<Verdict[]> {
  return database.dataSource.transaction(async (manager) => {
    const partnerConsents =
      viewer.kind === 'partner' && requests.length
        ? await manager.getRepository(Consent).findBy({
            partnerId: viewer.partnerId,
            subjectId: In([...new Set(requests.map((r) => r.subjectId))]),
          })
        : [];
    const suspended = await suspensionVerdict(manager, viewer);
    const verdicts = suspended
      ? requests.map(() => suspended)
      : await limitThresholdProbing(
          manager,
          viewer,
          requests,
          requests.map((r) => decide(viewer, r.subjectId, r.scope, partnerConsents, now)),
          now,
        );
    const entries = requests.map((r, i) =>
      Object.assign(new AccessLogEntry(), {
        id: randomUUID(),
        subjectId: r.subjectId,
        viewerKind: viewer.kind.toUpperCase() as ViewerKind,
        viewerId: viewerId(viewer),
        staffRole: viewer.kind === 'staff' ? viewer.role : null,
        scope: r.scope,
        field: r.field,
        detail: r.detail ?? null,
        decision: verdicts[i].allowed ? 'ALLOWED' : 'DENIED',
        denialCode: verdicts[i].code,
        purpose: verdicts[i].purpose ?? (viewer.kind === 'staff' ? viewer.reason : null),
        consentId: verdicts[i].consentId,
        occurredAt: now,
      }),
    );
    if (entries.length) await manager.getRepository(AccessLogEntry).insert(entries);
    return verdicts;
  });
}

/** Only another subgraph may ask for decisions; the gateway never forwards this field. */
export function requireSubgraphCaller(caller: string): void {
  if (caller === 'gateway') throw forbidden('Access decisions are internal to Credence.');
}

import { plain, requireExportingSubject } from '../../../shared/trust/data-export';
import { consentStatus } from '../../../shared/consent/consent-scopes';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;
type ExportRef = { subjectId: string };

export const DataExport = {
  __resolveReference: ({ subjectId }: ExportRef, { viewer }: Context) => {
    requireExportingSubject(viewer, subjectId);
    return { subjectId };
  },
  consents: async ({ subjectId }: ExportRef, _: unknown, { database }: Context) => {
    const consents = await database.dataSource.getRepository(Consent).find({ where: { subjectId }, order: { grantedAt: 'DESC' } });
    const now = new Date();
    return consents.map((consent) => ({ ...plain(consent), status: consentStatus(consent, now) }));
  },
  accessLog: async ({ subjectId }: ExportRef, _: unknown, { database }: Context) =>
    database.dataSource.getRepository(AccessLogEntry).find({ where: { subjectId }, order: { occurredAt: 'DESC' } }),
};

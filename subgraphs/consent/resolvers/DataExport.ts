import { ExportSubject, plain, resolveExportReference } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { consentStatus } from '../consents/consent-terms';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;

export const DataExport = {
  __resolveReference: resolveExportReference,
  consents: async ({ subjectId }: ExportSubject, _: unknown, { database }: Context) => {
    const consents = await database.dataSource.getRepository(Consent).find({ where: { subjectId }, order: { grantedAt: 'DESC' } });
    const now = new Date();
    return consents.map((consent) => ({ ...plain(consent), status: consentStatus(consent, now) }));
  },
  accessLog: async ({ subjectId }: ExportSubject, _: unknown, { database }: Context) =>
    database.dataSource.getRepository(AccessLogEntry).find({ where: { subjectId }, order: { occurredAt: 'DESC' } }),
};

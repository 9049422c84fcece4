import { plain, resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';
import { consentStatus } from '../consents/consent-terms';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { FileFreeze } from '../entities/FileFreeze';
import { fileFreezeOf } from '../freeze/file-freeze';
import { exportNotifications } from '../notifications/notification-feed';

export const DataExport: DataExportResolvers = {
  __resolveReference: resolveExportReference,
  consents: async ({ subjectId }, _, { database }) => {
    const consents = await database.dataSource.getRepository(Consent).find({ where: { subjectId }, order: { grantedAt: 'DESC' } });
    const now = new Date();
    return consents.map((consent) => ({ ...plain(consent), status: consentStatus(consent, now) }));
  },
  fileFreeze: async ({ subjectId }, _, { database }) => fileFreezeOf(await database.dataSource.getRepository(FileFreeze).findOneBy({ subjectId })),
  notifications: ({ subjectId }, _, { database, loaders }) => exportNotifications(database.dataSource, loaders, subjectId),
  accessLog: async ({ subjectId }, _, { database }) =>
    database.dataSource.getRepository(AccessLogEntry).find({ where: { subjectId }, order: { occurredAt: 'DESC' } }),
};

import { plain, resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';
import { consentStatus } from '../consent-terms/consent-terms';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ConsentReceipt } from '../entities/ConsentReceipt';
import { ConsentRequest } from '../entities/ConsentRequest';
import { requestStatus } from '../consent-requests/request-access';
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
  consentReceipts: async ({ subjectId }, _, { database }) => {
    const receipts = await database.dataSource.getRepository(ConsentReceipt).find({ where: { subjectId }, order: { issuedAt: 'DESC', id: 'DESC' } });
    return receipts.map((receipt) => plain(receipt, ['subjectId']));
  },
  // The address's hash and the partner's reference are Credence's and the partner's working data, not the consumer's.
  consentRequests: async ({ subjectId }, _, { database }) => {
    const requests = await database.dataSource.getRepository(ConsentRequest).find({ where: { subjectId }, order: { createdAt: 'DESC' } });
    const now = new Date();
    return requests.map((request) => ({ ...plain(request, ['emailHash', 'reference']), status: requestStatus(request, now) }));
  },
  fileFreeze: async ({ subjectId }, _, { database }) => fileFreezeOf(await database.dataSource.getRepository(FileFreeze).findOneBy({ subjectId })),
  notifications: ({ subjectId }, _, { database, loaders }) => exportNotifications(database.dataSource, loaders, subjectId),
  accessLog: async ({ subjectId }, _, { database }) =>
    database.dataSource.getRepository(AccessLogEntry).find({ where: { subjectId }, order: { occurredAt: 'DESC' } }),
};

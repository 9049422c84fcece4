import { plain, resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';
import { consentStatus } from '../consents/consent-terms';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Consent } from '../entities/Consent';
import { ConsentReceipt } from '../entities/ConsentReceipt';

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
  accessLog: async ({ subjectId }, _, { database }) =>
    database.dataSource.getRepository(AccessLogEntry).find({ where: { subjectId }, order: { occurredAt: 'DESC' } }),
};

import { plain } from '../../shared/trust/data-export';
import { subjectTable } from '../../shared/store/subject-data';
import { consentStatus } from './consent-terms/consent-terms';
import { requestStatus } from './consent-requests/request-access';
import { AccessLogEntry } from './entities/AccessLogEntry';
import { Consent } from './entities/Consent';
import { ConsentReceipt } from './entities/ConsentReceipt';
import { ConsentRequest } from './entities/ConsentRequest';
import { FileFreeze } from './entities/FileFreeze';
import { IdempotentRequest } from './entities/IdempotentRequest';
import { Notification } from './entities/Notification';
import { ThresholdQuota } from './entities/ThresholdQuota';
import { fileFreezeOf } from './freeze/file-freeze';
import type { ConsentContext } from './loaders';
import { exportedNotification } from './notifications/notification-feed';

/**
 * What this subgraph holds about a consumer, in erasure order. Erasure runs inside
 * requestErasure's transaction, under the subject's lock, after every consent is revoked.
 */
export const consentSubjectData = [
  subjectTable<Consent, ConsentContext>({
    entity: Consent,
    subjectColumn: 'subjectId',
    exportAs: { field: 'consents' },
    order: { grantedAt: 'DESC' },
    present: (consent) => ({ ...plain(consent), status: consentStatus(consent, new Date()) }),
    // kept for the record of what partners were allowed, no longer naming the subject
    erase: (manager, subjectId, pseudonym) =>
      manager.getRepository(Consent).update({ subjectId }, { subjectId: pseudonym }),
  }),
  // A receipt's signed claims name the subject: it cannot be pseudonymised, only deleted.
  subjectTable<ConsentReceipt, ConsentContext>({
    entity: ConsentReceipt,
    subjectColumn: 'subjectId',
    exportAs: { field: 'consentReceipts' },
    order: { issuedAt: 'DESC', id: 'DESC' },
    omit: ['subjectId'],
  }),
  // Who read what stays on record, not about whom, nor staff's free-text reasons.
  subjectTable<AccessLogEntry, ConsentContext>({
    entity: AccessLogEntry,
    subjectColumn: 'subjectId',
    exportAs: { field: 'accessLog' },
    order: { occurredAt: 'DESC' },
    present: (entry) => entry,
    erase: async (manager, subjectId, pseudonym) => {
      await manager.getRepository(AccessLogEntry).update({ subjectId }, { subjectId: pseudonym, purpose: null });
      await manager.getRepository(AccessLogEntry).update({ viewerId: subjectId }, { viewerId: null });
    },
  }),
  // The first answers to the consumer's own retried mutations (a day's copies of what they were sent): deleted.
  subjectTable<IdempotentRequest, ConsentContext>({ entity: IdempotentRequest, subjectColumn: 'subjectId' }),
  // Which thresholds a partner asked about this consumer: no consent is left to answer them.
  subjectTable<ThresholdQuota, ConsentContext>({ entity: ThresholdQuota, subjectColumn: 'subjectId' }),
  // Partners keep what they asked and how it was answered, not to whom: nor the address's hash or
  // their reference, which could name the person. An unanswered one is left to no one, so it expires;
  // until then it keeps counting against the partner's limit for that address, as it would for an
  // address that never was a consumer's (a limit that reset would tell the partner who had left).
  // The address's hash and the partner's reference are not the consumer's data: the export leaves them out.
  subjectTable<ConsentRequest, ConsentContext>({
    entity: ConsentRequest,
    subjectColumn: 'subjectId',
    exportAs: { field: 'consentRequests' },
    order: { createdAt: 'DESC' },
    present: (request) => ({
      ...plain(request, ['emailHash', 'reference', 'redirectUri', 'state']),
      status: requestStatus(request, new Date()),
    }),
    erase: async (manager, subjectId, pseudonym) => {
      const requests = manager.getRepository(ConsentRequest);
      await requests.update(
        { subjectId, status: 'AWAITING_AUTHORISATION' },
        { subjectId: pseudonym, reference: null, state: null },
      );
      await requests.update({ subjectId }, { subjectId: pseudonym, emailHash: null, reference: null, state: null });
    },
  }),
  // The alerts feed and the freeze are the subject's own, not a record of what others did: deleted.
  subjectTable<Notification, ConsentContext>({
    entity: Notification,
    subjectColumn: 'subjectId',
    exportAs: { field: 'notifications' },
    order: { occurredAt: 'DESC', id: 'DESC' },
    present: (row, { loaders }) => exportedNotification(row, loaders),
  }),
  subjectTable<FileFreeze, ConsentContext>({
    entity: FileFreeze,
    subjectColumn: 'subjectId',
    exportAs: { field: 'fileFreeze', one: true },
    present: fileFreezeOf,
    none: () => fileFreezeOf(null),
  }),
];

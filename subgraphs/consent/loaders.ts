import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { pagedLoader } from '../../shared/store/paged-loader';
import { timeSortParam } from '../../shared/store/query-page';
import { fetchEntities, SubgraphUrls } from '../../shared/trust/internal-client';
import { ANONYMOUS, Viewer } from '../../shared/trust/viewer';
import { decideAndLog } from './decision/decide-and-log';
import { ReadRequest, Verdict } from './decision/verdict';
import { AccessLogEntry } from './entities/AccessLogEntry';
import { Consent } from './entities/Consent';
import { ConsentReceipt } from './entities/ConsentReceipt';
import { ConsentRequest } from './entities/ConsentRequest';
import { Notification } from './entities/Notification';
import { Furnisher } from './entities/Furnisher';
import { PartnerAccess } from './entities/PartnerAccess';

export const readEventKey = (subjectId: string, requestId: string) => `${subjectId}|${requestId}`;
const readEventKeyParts = (key: string) => {
  const [subjectId, requestId] = key.split('|');
  return { subjectId, requestId };
};

const ACCESS_LOG_ORDER = {
  ownerColumn: 'subject_id',
  sortColumn: 'occurred_at',
  sortParam: timeSortParam,
};

/** Partners' names from the users subgraph (public directory data), for the access log's sentences. */
function partnerNameLoader(peers: SubgraphUrls) {
  return new DataLoader<string, string | null>(async (ids) => {
    const partners = await fetchEntities<{ name: string }>(
      peers,
      'users',
      'consent',
      ANONYMOUS,
      'Partner',
      'name',
      ids,
    ).catch(() => ids.map(() => null));
    return partners.map((partner) => partner?.name ?? null);
  });
}

export function createLoaders(database: SubgraphDatabase, viewer: Viewer, peers: SubgraphUrls, requestId: string) {
  const { dataSource } = database;
  const consents = dataSource.getRepository(Consent);
  return {
    consentById: rowsByKeyLoader(
      (ids: readonly string[]) => consents.findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    consentsBySubjectId: rowsGroupedByKeyLoader(
      (subjectIds: readonly string[]) =>
        consents.find({ where: { subjectId: In([...subjectIds]) }, order: { grantedAt: 'DESC', id: 'DESC' } }),
      (c) => c.subjectId,
    ),
    consentsByPartnerId: rowsGroupedByKeyLoader(
      (partnerIds: readonly string[]) =>
        consents.find({ where: { partnerId: In([...partnerIds]) }, order: { grantedAt: 'DESC', id: 'DESC' } }),
      (c) => c.partnerId,
    ),
    /** newest first: a list of consents asks for all their receipts in one query */
    receiptsByConsentId: rowsGroupedByKeyLoader(
      (consentIds: readonly string[]) =>
        dataSource
          .getRepository(ConsentReceipt)
          .find({ where: { consentId: In([...consentIds]) }, order: { issuedAt: 'DESC', id: 'DESC' } }),
      (receipt) => receipt.consentId,
    ),
    consentRequestById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(ConsentRequest).findBy({ id: In([...ids]) }),
      (request) => request.id,
    ),
    partnerAccessById: rowsByKeyLoader(
      (partnerIds: readonly string[]) =>
        dataSource.getRepository(PartnerAccess).findBy({ partnerId: In([...partnerIds]) }),
      (access) => access.partnerId,
    ),
    furnisherByPartnerId: rowsByKeyLoader(
      (partnerIds: readonly string[]) => dataSource.getRepository(Furnisher).findBy({ partnerId: In([...partnerIds]) }),
      (furnisher) => furnisher.partnerId,
    ),
    accessLogPageBySubjectId: pagedLoader({ dataSource, entity: AccessLogEntry, ...ACCESS_LOG_ORDER }),
    othersAccessLogPageBySubjectId: pagedLoader({
      dataSource,
      entity: AccessLogEntry,
      ...ACCESS_LOG_ORDER,
      where: '(child.viewer_id IS NULL OR child.viewer_id <> child.subject_id)',
    }),
    /** this subgraph's own guarded reads (staff listing consents or an access log), decided and logged per tick */
    readDecision: new DataLoader<ReadRequest, Verdict, string>(
      (reads) => decideAndLog(database, viewer, requestId, [...reads]),
      {
        cacheKeyFn: (read) => `${read.subjectId}|${read.field}|${read.detail}`,
      },
    ),
    partnerName: partnerNameLoader(peers),
    notificationPageBySubjectId: pagedLoader({
      dataSource,
      entity: Notification,
      ownerColumn: 'subject_id',
      sortColumn: 'occurred_at',
      sortParam: ACCESS_LOG_ORDER.sortParam,
    }),
    /** the feed without partners' reads, which the access log tells (myNotifications(includePartnerReads: false)) */
    alertPageBySubjectId: pagedLoader({
      dataSource,
      entity: Notification,
      ownerColumn: 'subject_id',
      sortColumn: 'occurred_at',
      sortParam: ACCESS_LOG_ORDER.sortParam,
      where: "child.kind <> 'PARTNER_READ'",
    }),
    /** a feed page's read events, by (subject, request): one query for the page */
    readEventByKey: rowsByKeyLoader(
      (keys: readonly string[]) => {
        const pairs = keys.map(readEventKeyParts);
        return dataSource
          .getRepository(AccessLogEntry)
          .findBy({ subjectId: In(pairs.map((p) => p.subjectId)), requestId: In(pairs.map((p) => p.requestId)) });
      },
      (event) => readEventKey(event.subjectId, event.requestId),
    ),
  };
}

export type ConsentLoaders = ReturnType<typeof createLoaders>;
export type ConsentContext = SubgraphContext<ConsentLoaders>;

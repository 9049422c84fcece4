import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { pagedLoader } from '../../shared/store/paged-loader';
import { AccessLogEntry } from './entities/AccessLogEntry';
import { Consent } from './entities/Consent';
import { PartnerAccess } from './entities/PartnerAccess';

const ACCESS_LOG_ORDER = {
  ownerColumn: 'subject_id',
  sortColumn: 'occurred_at',
  sortParam: (sortKey: string) => new Date(sortKey),
};

export function createLoaders({ dataSource }: SubgraphDatabase) {
  const consents = dataSource.getRepository(Consent);
  return {
    consentById: rowsByKeyLoader((ids: readonly string[]) => consents.findBy({ id: In([...ids]) }), (c) => c.id),
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
    partnerAccessById: rowsByKeyLoader(
      (partnerIds: readonly string[]) => dataSource.getRepository(PartnerAccess).findBy({ partnerId: In([...partnerIds]) }),
      (access) => access.partnerId,
    ),
    accessLogPageBySubjectId: pagedLoader({ dataSource, entity: AccessLogEntry, ...ACCESS_LOG_ORDER }),
    othersAccessLogPageBySubjectId: pagedLoader({
      dataSource,
      entity: AccessLogEntry,
      ...ACCESS_LOG_ORDER,
      where: '(child.viewer_id IS NULL OR child.viewer_id <> child.subject_id)',
    }),
  };
}

export type ConsentLoaders = ReturnType<typeof createLoaders>;
export type ConsentContext = SubgraphContext<ConsentLoaders>;

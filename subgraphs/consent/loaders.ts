import { In } from 'typeorm';
import { SubgraphDatabase } from '../../shared/database';
import { rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/loaders';
import { Consent } from './entities/Consent';

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
  };
}

export type ConsentLoaders = ReturnType<typeof createLoaders>;

import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader } from '../../shared/store/loaders';
import { findByKeys } from '../../shared/store/rows-by-keys';
import { Partner } from './entities/Partner';
import { UserProfile } from './entities/UserProfile';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  return {
    // every read of a consumer starts here: a hand-written statement (findByKeys)
    userById: rowsByKeyLoader((ids: readonly string[]) => findByKeys(dataSource, UserProfile, 'id', ids), (user) => user.id),
    partnerById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(Partner).findBy({ id: In([...ids]) }),
      (partner) => partner.id,
    ),
  };
}

export type UsersLoaders = ReturnType<typeof createLoaders>;
export type UsersContext = SubgraphContext<UsersLoaders>;

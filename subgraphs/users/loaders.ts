import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader } from '../../shared/store/loaders';
import { findByKeys } from '../../shared/store/rows-by-keys';
import { Partner } from './entities/Partner';
import { UserProfile } from './entities/UserProfile';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  return {
    // Which consumers exist, from their ids alone: a partner's read of a consumer reads no
    // profile column until a field that needs one is allowed (and then userById does).
    existingUserById: rowsByKeyLoader(
      async (ids: readonly string[]): Promise<{ id: string }[]> =>
        (await dataSource.getRepository(UserProfile).find({ select: { id: true }, where: { id: In([...ids]) } })).map(
          ({ id }) => ({ id }),
        ),
      (user) => user.id,
    ),
    // a read of a consumer's profile: a hand-written statement (findByKeys)
    userById: rowsByKeyLoader(
      (ids: readonly string[]) => findByKeys(dataSource, UserProfile, 'id', ids),
      (user) => user.id,
    ),
    partnerById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(Partner).findBy({ id: In([...ids]) }),
      (partner) => partner.id,
    ),
  };
}

export type UsersLoaders = ReturnType<typeof createLoaders>;
export type UsersContext = SubgraphContext<UsersLoaders>;

import { join } from 'node:path';
import { SubgraphModule } from '../../shared/server/subgraph-module';
import { Partner } from './entities/Partner';
import { UserProfile } from './entities/UserProfile';
import { createLoaders, UsersLoaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { usersSubjectData } from './subject-data';
import { seedUsers } from './seed';

export const usersSubgraph: SubgraphModule<UsersLoaders> = {
  name: 'users',
  definition: { name: 'users', schemaFile: join(__dirname, 'schema.graphql'), resolvers, createLoaders, subjectData: usersSubjectData, needs: ['consent'] },
  database: { storeName: 'users', entities: [UserProfile, Partner], migrations },
  seed: seedUsers,
};

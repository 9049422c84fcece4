import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { Partner } from '../entities/Partner';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { consumerIdByEmail } from '../profiles/consumer-by-email';
import { pageOfUsers } from '../profiles/user-pages';
import { EXPORT_FORMAT } from '../subject-data';

const MAX_IDS = 100;

export const Query: QueryResolvers = {
  me: (_, __, { viewer, loaders }) => {
    return viewer.kind === 'user' ? loaders.existingUserById.load(viewer.userId) : null;
  },

  user: async (_, { id }, { loaders }) => (await loaders.existingUserById.load(requireWellFormedId(id))) ?? Promise.reject(notFound('User', id)),

  users: async (_, args, { database, loaders }) => {
    const page = parsePageRequest(args);
    const { rows, totalCount } = await pageOfUsers(database.dataSource, page);
    // staff read whole profiles: the page's rows answer their fields without another query
    rows.forEach((row) => loaders.userById.prime(row.id, row));
    return toConnection(rows, page.first, totalCount, (user) => ({
      sortKey: user.createdAt.toISOString(),
      id: user.id,
    }));
  },

  usersByIds: async (_, { ids }, { loaders }) => {
    if (ids.length > MAX_IDS) throw badUserInput(`Ask for at most ${MAX_IDS} users at once.`, 'ids');
    ids.forEach((id) => requireWellFormedId(id, 'ids'));
    return ids.map((id) => loaders.existingUserById.load(id).then((user) => user ?? Promise.reject(notFound('User', id))));
  },

  exportMyData: (_, __, { viewer }) => ({ subjectId: viewerIdOf(viewer, 'user'), generatedAt: new Date(), format: EXPORT_FORMAT }),

  partners: (_, __, { database }) =>
    database.dataSource.getRepository(Partner).find({ order: { name: 'ASC' } }),

  partner: async (_, { id }, { loaders }) =>
    (await loaders.partnerById.load(requireWellFormedId(id))) ?? Promise.reject(notFound('Partner', id)),

  consumerIdByEmail: (_, { email }, { caller, database }) => consumerIdByEmail(database.dataSource, caller, email),
};

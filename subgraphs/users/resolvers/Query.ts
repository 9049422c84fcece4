import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { requireConsumer, requireSignedIn, requireStaffWithReason } from '../../../shared/trust/access';
import { EXPORT_REFUSAL } from '../../../shared/trust/data-export';
import { badUserInput, forbidden, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { Partner } from '../entities/Partner';
import { UserProfile } from '../entities/UserProfile';
import { UsersLoaders } from '../loaders';
import { pageOfUsers } from '../profiles/user-pages';
import { EXPORT_FORMAT } from './DataExport';

type Context = SubgraphContext<UsersLoaders>;
const MAX_IDS = 100;

export const Query = {
  me: (_: unknown, __: unknown, { viewer, loaders }: Context) => {
    const signedIn = requireSignedIn(viewer);
    return signedIn.kind === 'user' ? loaders.userById.load(signedIn.userId) : null;
  },

  user: async (_: unknown, { id }: { id: string }, { viewer, loaders }: Context) => {
    requireSignedIn(viewer);
    return (await loaders.userById.load(requireWellFormedId(id))) ?? Promise.reject(notFound('User', id));
  },

  users: async (_: unknown, args: { first?: number; after?: string }, { viewer, database }: Context) => {
    requireStaffWithReason(viewer);
    const page = parsePageRequest(args);
    const { rows, totalCount } = await pageOfUsers(database.dataSource, page);
    return toConnection(rows, page.first, totalCount, (user: UserProfile) => ({
      sortKey: user.createdAt.toISOString(),
      id: user.id,
    }));
  },

  usersByIds: async (_: unknown, { ids }: { ids: string[] }, { viewer, loaders }: Context) => {
    if (requireSignedIn(viewer).kind === 'user') throw forbidden('A consumer may only look up themselves (use me).');
    if (ids.length > MAX_IDS) throw badUserInput(`Ask for at most ${MAX_IDS} users at once.`, 'ids');
    ids.forEach((id) => requireWellFormedId(id, 'ids'));
    const users = await loaders.userById.loadMany(ids);
    return users.map((user, i) => user ?? notFound('User', ids[i]));
  },

  exportMyData: (_: unknown, __: unknown, { viewer }: Context) => {
    return { subjectId: requireConsumer(viewer, EXPORT_REFUSAL), generatedAt: new Date(), format: EXPORT_FORMAT };
  },

  partners: (_: unknown, __: unknown, { database }: Context) =>
    database.dataSource.getRepository(Partner).find({ order: { name: 'ASC' } }),

  partner: async (_: unknown, { id }: { id: string }, { loaders }: Context) =>
    (await loaders.partnerById.load(requireWellFormedId(id))) ?? Promise.reject(notFound('Partner', id)),
};

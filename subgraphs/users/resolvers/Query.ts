import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { isStaffReader, loggedStaffRead } from '../../../shared/consent/staff-reads';
import { badUserInput, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest } from '../../../shared/store/pagination';
import { Partner } from '../entities/Partner';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { partnerIdForClient } from '../partners/partner-credentials';
import { consumerIdByEmail } from '../profiles/consumer-by-email';
import { findConsumers } from '../profiles/find-consumers';
import { loggedProfilePage, pageOfUsers } from '../profiles/user-pages';
import { EXPORT_FORMAT } from '../subject-data';

const MAX_IDS = 100;

export const Query: QueryResolvers = {
  me: (_, __, { viewer, loaders }) => {
    return viewer.kind === 'user' ? loaders.existingUserById.load(viewer.userId) : null;
  },

  // Staff reading with a reason: the look-up is in the consumer's log. Anyone else gets the id they gave and
  // nothing more: every field below it is guarded, and each refusal logged (as for a partner).
  user: async (_, { id }, { viewer, loaders, consentGate }) => {
    const user = await loaders.existingUserById.load(requireWellFormedId(id));
    if (!user) throw notFound('User', id);
    return isStaffReader(viewer) ? loggedStaffRead(viewer, consentGate, 'Query.user', user, [user.id]) : user;
  },

  users: async (_, args, context) => {
    const page = await pageOfUsers(context.database.dataSource, parsePageRequest(args));
    return loggedProfilePage(context, 'Query.users', page);
  },

  findConsumers: async (_, { first, after, ...search }, context) => {
    const found = await findConsumers(context.database.dataSource, search, parsePageRequest({ first, after }));
    return loggedProfilePage(context, 'Query.findConsumers', found);
  },

  usersByIds: async (_, { ids }, { viewer, loaders, consentGate }) => {
    if (ids.length > MAX_IDS) throw badUserInput(`Ask for at most ${MAX_IDS} users at once.`, 'ids');
    ids.forEach((id) => requireWellFormedId(id, 'ids'));
    const found = await Promise.all(ids.map((id) => loaders.existingUserById.load(id)));
    if (isStaffReader(viewer))
      await loggedStaffRead(
        viewer,
        consentGate,
        'Query.usersByIds',
        found,
        found.flatMap((user) => (user ? [user.id] : [])),
      );
    return found.map((user, index) => user ?? Promise.reject(notFound('User', ids[index])));
  },

  exportMyData: (_, __, { viewer }) => ({
    subjectId: viewerIdOf(viewer, 'user'),
    generatedAt: new Date(),
    format: EXPORT_FORMAT,
  }),

  partners: (_, __, { database }) => database.dataSource.getRepository(Partner).find({ order: { name: 'ASC' } }),

  partner: async (_, { id }, { loaders }) =>
    (await loaders.partnerById.load(requireWellFormedId(id))) ?? Promise.reject(notFound('Partner', id)),

  partnerIdForClient: (_, { clientId, clientSecret }, { caller, database }) =>
    partnerIdForClient(database.dataSource, caller, clientId, clientSecret),

  consumerIdByEmail: (_, { email }, { caller, database }) => consumerIdByEmail(database.dataSource, caller, email),
};

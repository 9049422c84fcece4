import { In } from 'typeorm';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest } from '../../../shared/store/pagination';
import { canReadDispute } from '../disputes/dispute-access';
import { UNRESOLVED_STATUSES } from '../disputes/dispute-lifecycle';
import { Dispute } from '../entities/Dispute';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  dispute: async (_, { id }, { viewer, loaders }) => {
    requireWellFormedId(id);
    const dispute = await loaders.disputeById.load(id);
    // A consumer asking for someone else's dispute learns nothing, not even that it exists.
    if (!dispute || !canReadDispute(viewer, dispute)) throw notFound('Dispute', id);
    return dispute;
  },

  /** The staff's work list: undecided disputes, nearest deadline first. */
  disputeQueue: (_, args, { database }) => {
    const { first } = parsePageRequest({ first: args.first });
    return database.dataSource.getRepository(Dispute).find({
      where: { status: In([...UNRESOLVED_STATUSES]) },
      order: { deadline: 'ASC', id: 'ASC' },
      take: first,
    });
  },
};

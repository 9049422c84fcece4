import { In } from 'typeorm';
import { forbidden, notFound, unauthenticated } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest } from '../../../shared/store/pagination';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { canReadDispute, requireDisputeStaff } from '../disputes/dispute-access';
import { UNRESOLVED_STATUSES } from '../disputes/dispute-lifecycle';
import { Dispute } from '../entities/Dispute';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const Query = {
  dispute: async (_: unknown, { id }: { id: string }, { viewer, loaders }: Context) => {
    requireWellFormedId(id);
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind === 'partner') throw forbidden('Disputes are between the data subject and Credence.');
    if (viewer.kind === 'staff') requireDisputeStaff(viewer);
    const dispute = await loaders.disputeById.load(id);
    // A consumer asking for someone else's dispute learns nothing, not even that it exists.
    if (!dispute || !canReadDispute(viewer, dispute)) throw notFound('Dispute', id);
    return dispute;
  },

  /** The staff's work list: undecided disputes, nearest deadline first. */
  disputeQueue: (_: unknown, args: { first?: number }, { viewer, database }: Context) => {
    requireDisputeStaff(viewer);
    const { first } = parsePageRequest({ first: args.first });
    return database.dataSource.getRepository(Dispute).find({
      where: { status: In([...UNRESOLVED_STATUSES]) },
      order: { deadline: 'ASC', id: 'ASC' },
      take: first,
    });
  },
};

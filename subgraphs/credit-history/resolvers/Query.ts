import { In, IsNull } from 'typeorm';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { requireUnsuspendedPartner } from '../../../shared/trust/partner-standing';
import { ownBatch } from '../furnishing/batch-files';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { canReadDispute } from '../disputes/dispute-access';
import { UNRESOLVED_STATUSES } from '../disputes/dispute-lifecycle';
import { FURNISHER_SUSPENDED } from '../disputes/furnisher-answers';
import { Dispute } from '../entities/Dispute';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  furnishingBatch: (_, { id }, { viewer, database }) =>
    ownBatch(database.dataSource, viewerIdOf(viewer, 'partner'), id),

  dispute: async (_, { id }, { viewer, loaders, consentGate }) => {
    requireWellFormedId(id);
    const dispute = await loaders.disputeById.load(id);
    // A consumer asking for someone else's dispute learns nothing, not even that it exists.
    if (!dispute || !canReadDispute(viewer, dispute)) throw notFound('Dispute', id);
    return loggedStaffRead(viewer, consentGate, 'Query.dispute', dispute, [dispute.userId]);
  },

  /** The staff's work list: undecided disputes, nearest deadline first; each consumer listed sees the read in their log. */
  disputeQueue: async (_, args, { viewer, database, consentGate }) => {
    const request = parsePageRequest(args);
    const undecided = database.dataSource
      .getRepository(Dispute)
      .createQueryBuilder('dispute')
      // a furnished record's dispute is its furnisher's to answer, not staff's
      .where({ status: In([...UNRESOLVED_STATUSES]), furnisherId: IsNull() });
    const disputes = await connectionOfQuery(undecided, request, { property: 'deadline', direction: 'ASC' });
    return loggedStaffRead(
      viewer,
      consentGate,
      'Query.disputeQueue',
      disputes,
      disputes.edges.map(({ node }) => node.userId),
    );
  },

  /** A furnisher's disputes: those of the records it furnished, whoever's they are; nothing else is in reach. */
  disputesOfMyRecords: async (_, { status, ...args }, { viewer, peers, requestId, loaders }) => {
    const request = parsePageRequest(args);
    await requireUnsuspendedPartner(peers, 'credit-history', viewer, requestId, FURNISHER_SUSPENDED);
    const loader = loaders.disputePageByFurnisherId(status ?? null);
    const page = await loader.load({ ownerId: viewerIdOf(viewer, 'partner'), ...request });
    return toConnection(page.rows, request.first, page.totalCount, (dispute) => ({
      sortKey: dispute.filedAt.toISOString(),
      id: dispute.id,
    }));
  },
};

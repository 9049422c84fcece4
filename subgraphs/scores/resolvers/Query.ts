import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { parsePageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ScoreReview } from '../entities/ScoreReview';
import { scoreScale } from '../model/score-scale';

export const Query: QueryResolvers = {
  scoreScale: () => scoreScale(),
  /** The caseworkers' work list: open reviews, nearest deadline first; each consumer listed sees the read in their log. */
  scoreReviewQueue: async (_, args, { viewer, database, consentGate }) => {
    const request = parsePageRequest(args);
    const open = database.dataSource
      .getRepository(ScoreReview)
      .createQueryBuilder('review')
      .where('review.status = :status', { status: 'OPEN' });
    const reviews = await connectionOfQuery(open, request, { property: 'deadline', direction: 'ASC' });
    return loggedStaffRead(
      viewer,
      consentGate,
      'Query.scoreReviewQueue',
      reviews,
      reviews.edges.map(({ node }) => node.userId),
    );
  },
};

import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import { parsePageRequest } from '../../../shared/store/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ScoreReview } from '../entities/ScoreReview';
import { scoreScale } from '../model/score-scale';

export const Query: QueryResolvers = {
  scoreScale: () => scoreScale(),
  /** The caseworkers' work list: open reviews, nearest deadline first; each consumer listed sees the read in their log. */
  scoreReviewQueue: async (_, args, { viewer, database, consentGate }) => {
    const { first } = parsePageRequest({ first: args.first });
    const reviews = await database.dataSource
      .getRepository(ScoreReview)
      .find({ where: { status: 'OPEN' }, order: { deadline: 'ASC', id: 'ASC' }, take: first });
    return loggedStaffRead(
      viewer,
      consentGate,
      'Query.scoreReviewQueue',
      reviews,
      reviews.map((review) => review.userId),
    );
  },
};

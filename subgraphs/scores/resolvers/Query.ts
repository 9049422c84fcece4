import { parsePageRequest } from '../../../shared/store/pagination';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ScoreReview } from '../entities/ScoreReview';

export const Query: QueryResolvers = {
  /** The caseworkers' work list: open reviews, nearest deadline first. */
  scoreReviewQueue: (_, args, { database }) => {
    const { first } = parsePageRequest({ first: args.first });
    return database.dataSource.getRepository(ScoreReview).find({ where: { status: 'OPEN' }, order: { deadline: 'ASC', id: 'ASC' }, take: first });
  },
};

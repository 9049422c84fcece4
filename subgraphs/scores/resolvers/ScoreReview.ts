import { isPastDeadline } from '../../../shared/casework';
import type { ScoreReviewResolvers } from '../__generated__/resolvers-types';

export const ScoreReview: ScoreReviewResolvers = {
  subject: (review) => ({ id: review.userId }),
  overdue: (review) => isPastDeadline(review.deadline, review.status === 'OPEN', new Date()),
  // The row keeps the score it reviews; its userId is what the consent directive decides on.
  reviewedScore: (review) => review,
};

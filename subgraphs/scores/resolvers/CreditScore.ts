import { badUserInput } from '../../../shared/errors';
import type { CreditScoreResolvers } from '../__generated__/resolvers-types';

const MAX_HISTORY = 100;

export const CreditScore: CreditScoreResolvers = {
  history: async (score, { limit }, { loaders }) => {
    const first = limit ?? 12;
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw badUserInput(`"limit" must be between 1 and ${MAX_HISTORY}.`, 'limit');
    }
    const page = await loaders.snapshotPageByUserId.load({ ownerId: score.userId, first, after: null });
    return page.rows.slice(0, first);
  },
};

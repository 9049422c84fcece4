import { badUserInput } from '../../../shared/errors';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoresLoaders } from '../loaders';

type Context = SubgraphContext<ScoresLoaders>;
const MAX_HISTORY = 100;

export const CreditScore = {
  history: async (score: { userId: string }, { limit }: { limit?: number }, { loaders }: Context) => {
    const first = limit ?? 12;
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw badUserInput(`"limit" must be between 1 and ${MAX_HISTORY}.`, 'limit');
    }
    const page = await loaders.snapshotPageByUserId.load({ ownerId: score.userId, first, after: null });
    return page.rows.slice(0, first);
  },
};

import { badUserInput } from '../../../shared/errors';
import type { CreditScoreResolvers } from '../__generated__/resolvers-types';
import type { CurrentScore } from '../entities/CurrentScore';
import type { ScoresContext } from '../loaders';
import type { ScoreOf } from '../model/user-score';

const MAX_HISTORY = 100;

/**
 * A field of the stored score, read only once the field is allowed: a denied read
 * costs no SQL. Null where Credence holds no score (no credit file, or erased).
 */
const stored =
  <K extends keyof CurrentScore>(key: K) =>
  async ({ userId }: ScoreOf, _: unknown, { loaders }: ScoresContext) =>
    (await loaders.currentScoreByUserId.load(userId))?.[key] ?? null;

export const CreditScore: CreditScoreResolvers = {
  value: stored('value'),
  band: stored('band'),
  probabilityOfDefault: stored('probabilityOfDefault'),
  categories: stored('categories'),
  reasons: stored('reasons'),
  modelVersion: stored('modelVersion'),
  computedAt: stored('computedAt'),

  history: async ({ userId }, { limit }, { loaders }) => {
    const first = limit ?? 12;
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw badUserInput(`"limit" must be between 1 and ${MAX_HISTORY}.`, 'limit');
    }
    const page = await loaders.snapshotPageByUserId.load({ ownerId: userId, first, after: null });
    return page.rows.slice(0, first);
  },
};

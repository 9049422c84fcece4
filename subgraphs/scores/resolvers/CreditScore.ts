import { badUserInput } from '../../../shared/errors';
import type { CreditScoreResolvers } from '../__generated__/resolvers-types';
import { currentScorecard } from '../model/scorecard-in-use';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoreInputs } from '../snapshots/score-recorder';
import { ScoresContext } from '../loaders';

const MAX_HISTORY = 100;

/** A field the snapshot in force answers: read (or recorded) only once the field is allowed. */
const fromSnapshot =
  <K extends keyof ScoreSnapshot>(key: K) =>
  async (score: ScoreInputs, _: unknown, { loaders }: ScoresContext) =>
    (await loaders.scores.inForce(score))[key];

export const CreditScore: CreditScoreResolvers = {
  value: fromSnapshot('value'),
  band: fromSnapshot('band'),
  probabilityOfDefault: fromSnapshot('probabilityOfDefault'),
  computedAt: fromSnapshot('computedAt'),
  // The score in force is always the current model's: a new model records a new snapshot.
  modelVersion: () => currentScorecard().version,
  categories: (score, _, { loaders }) => loaders.scores.computed(score).categories,
  reasons: (score, _, { loaders }) => loaders.scores.computed(score).reasons,

  history: async (score, { limit }, { loaders }) => {
    const first = limit ?? 12;
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw badUserInput(`"limit" must be between 1 and ${MAX_HISTORY}.`, 'limit');
    }
    await loaders.scores.inForce(score); // the history includes the score in force
    const page = await loaders.snapshotPageByUserId.load({ ownerId: score.userId, first, after: null });
    return page.rows.slice(0, first);
  },
};

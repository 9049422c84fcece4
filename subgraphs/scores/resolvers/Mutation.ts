import { forbidden } from '../../../shared/errors';
import { SCORING_INPUTS_SENDERS } from '../../../shared/scoring/scoring-inputs-change';
import { asBackgroundWork } from '../../../shared/store/database';
import { requireErasureCaller } from '../../../shared/trust/erasure';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { recomputeScores } from '../current/recompute-scores';
import { CurrentScore } from '../entities/CurrentScore';
import { ScoreReview } from '../entities/ScoreReview';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { requestScoreReview, requireReviewer, resolveScoreReview } from '../reviews/score-reviews';

export const Mutation: MutationResolvers = {
  eraseSubjectScores: async (_, { subjectId }, { caller, database }) => {
    requireErasureCaller(caller);
    await database.dataSource.transaction(async (manager) => {
      await manager.getRepository(CurrentScore).delete({ userId: subjectId });
      await manager.getRepository(ScoreSnapshot).delete({ userId: subjectId });
      await manager.getRepository(ScoreReview).delete({ userId: subjectId });
    });
    return true;
  },

  // Only an owner of the inputs announces their change; its outbox retries what throws here.
  recomputeScores: async (_, { changes }, { caller, database, peers }) => {
    if (changes.some((change) => SCORING_INPUTS_SENDERS[change.source] !== caller)) {
      throw forbidden('Only the subgraph that owns these scoring inputs may announce their change.');
    }
    // A worker's delivery, not a client's request: its SQL is counted as background work.
    await asBackgroundWork(() => recomputeScores(database, peers, changes));
    return true;
  },

  requestScoreReview: (_, { statement }, context) => requestScoreReview(context, statement),

  resolveScoreReview: (_, { id, outcome, note }, { viewer, database }) =>
    resolveScoreReview(database.dataSource, requireReviewer(viewer), { id, outcome, note }),
};

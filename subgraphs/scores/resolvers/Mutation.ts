import { forbidden } from '../../../shared/errors';
import { SCORING_INPUTS_SENDERS } from '../../../shared/scoring/scoring-inputs-change';
import { asBackgroundWork } from '../../../shared/store/database';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { loggedStaffRead } from '../../../shared/consent/staff-reads';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { recomputeScores } from '../current/recompute-scores';
import { requestScoreReview, resolveScoreReview } from '../reviews/score-reviews';

export const Mutation: MutationResolvers = {
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

  // The answer shows the review: the reason is asked before it is answered (the directive), the read logged after.
  resolveScoreReview: async (_, { id, outcome, note }, { viewer, database, consentGate }) => {
    const review = await resolveScoreReview(database.dataSource, viewerIdOf(viewer, 'staff'), { id, outcome, note });
    return loggedStaffRead(viewer, consentGate, 'Mutation.resolveScoreReview', review, [review.userId]);
  },
};

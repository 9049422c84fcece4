import { plain, resolveExportReference } from '../../../shared/trust/data-export';
import type { DataExportResolvers } from '../__generated__/resolvers-types';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';

export const DataExport: DataExportResolvers = {
  __resolveReference: resolveExportReference,
  scores: async ({ subjectId }, _, { database }) => {
    const snapshots = await database.dataSource
      .getRepository(ScoreSnapshot)
      .find({ where: { userId: subjectId }, order: { computedAt: 'DESC' } });
    return snapshots.map((snapshot) => plain(snapshot, ['inputsDigest']));
  },
  currentScore: async ({ subjectId }, _, { loaders }) => {
    const score = await loaders.currentScoreByUserId.load(subjectId);
    return score && plain(score, ['inputsDigest', 'snapshotId']);
  },
  // Staff's ids stay with Credence; what they answered is the consumer's.
  scoreReviews: async ({ subjectId }, _, { loaders }) =>
    (await loaders.scoreReviewsByUserId.load(subjectId)).map((review) => plain(review, ['resolvedByStaffId'])),
};

import type { FurnishingBatchResolvers } from '../__generated__/resolvers-types';
import { rejectionsPage } from '../furnishing/batch-files';

export const FurnishingBatch: FurnishingBatchResolvers = {
  rejections: (batch, args, { database }) => rejectionsPage(database.dataSource, batch, args),
};

import { loadExisting } from '../../../shared/store/loaders';
import { furnisherOf } from '../furnishing/furnisher';
import type { CreditRecordResolvers } from '../__generated__/resolvers-types';

export const CreditRecord: CreditRecordResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.recordById.load(id),
  furnisher: (record) => furnisherOf(record),
  account: (record, _, { loaders }) => loadExisting(loaders.accountById, record.accountId, 'Credit account'),
  // Both read one batched list per page of records, so a page costs one query however many records it holds.
  disputed: async (record, _, { loaders }) => (await loaders.disputesByRecordId.load(record.id)).length > 0,
  dispute: async (record, _, { loaders }) => (await loaders.disputesByRecordId.load(record.id))[0] ?? null,
};

import { loadExisting } from '../../../shared/store/loaders';
import { forbidden } from '../../../shared/errors';
import { Viewer } from '../../../shared/trust/viewer';
import type { DisputeResolvers } from '../__generated__/resolvers-types';
import { isOverdue } from '../disputes/dispute-lifecycle';
import { furnisherOf } from '../furnishing/furnisher';
import type { Dispute as DisputeRow } from '../entities/Dispute';

export const Dispute: DisputeResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.disputeById.load(id),
  record: (dispute, _, { loaders }) => loadExisting(loaders.recordById, dispute.recordId, 'Credit record'),
  overdue: (dispute) => isOverdue(dispute, new Date()),
  furnisher: (dispute) => furnisherOf(dispute),
  // The consumer's own words and the answer stay between them, staff and the record's
  // furnisher (FCRA §611 forwards what the consumer gave to whoever must investigate),
  // even for another partner holding a credit-history consent: the consent covers the
  // record, not the argument.
  details: (dispute, _, { viewer }) => privateText(viewer, dispute, dispute.details),
  resolutionNote: (dispute, _, { viewer }) => privateText(viewer, dispute, dispute.resolutionNote),
  addedInformation: (dispute, _, { viewer }) =>
    privateText(viewer, dispute, dispute.addedInformation ?? []).map((added) => ({
      ...added,
      addedAt: new Date(added.addedAt),
    })),
};

function privateText<T>(viewer: Viewer, dispute: Pick<DisputeRow, 'furnisherId'>, text: T): T {
  if (viewer.kind === 'partner' && viewer.partnerId !== dispute.furnisherId)
    throw forbidden("A dispute's text is for the consumer, staff and the record's furnisher only.");
  return text;
}

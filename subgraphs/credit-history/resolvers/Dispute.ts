import { loadExisting } from '../../../shared/store/loaders';
import { forbidden } from '../../../shared/errors';
import { Viewer } from '../../../shared/trust/viewer';
import type { DisputeResolvers } from '../__generated__/resolvers-types';
import { isOverdue } from '../disputes/dispute-lifecycle';

export const Dispute: DisputeResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.disputeById.load(id),
  record: (dispute, _, { loaders }) => loadExisting(loaders.recordById, dispute.recordId, 'Credit record'),
  overdue: (dispute) => isOverdue(dispute, new Date()),
  // The consumer's own words and staff's note stay between them, even for a partner
  // holding a credit-history consent: the consent covers the record, not the argument.
  details: (dispute, _, { viewer }) => privateText(viewer, dispute.details),
  resolutionNote: (dispute, _, { viewer }) => privateText(viewer, dispute.resolutionNote),
};

function privateText(viewer: Viewer, text: string | null): string | null {
  if (viewer.kind === 'partner') throw forbidden("A dispute's text is for the consumer and staff only.");
  return text;
}

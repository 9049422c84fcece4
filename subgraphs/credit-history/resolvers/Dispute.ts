import { forbidden } from '../../../shared/errors';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { Viewer } from '../../../shared/trust/viewer';
import { isOverdue } from '../disputes/dispute-lifecycle';
import { Dispute as DisputeRow } from '../entities/Dispute';
import { CreditHistoryLoaders } from '../loaders';

type Context = SubgraphContext<CreditHistoryLoaders>;

export const Dispute = {
  __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loaders.disputeById.load(id),
  record: (dispute: DisputeRow, _: unknown, { loaders }: Context) => loaders.recordById.load(dispute.recordId),
  overdue: (dispute: DisputeRow) => isOverdue(dispute, new Date()),
  // The consumer's own words and staff's note stay between them, even for a partner
  // holding a credit-history consent: the consent covers the record, not the argument.
  details: (dispute: DisputeRow, _: unknown, { viewer }: Context) => privateText(viewer, dispute.details),
  resolutionNote: (dispute: DisputeRow, _: unknown, { viewer }: Context) => privateText(viewer, dispute.resolutionNote),
};

function privateText(viewer: Viewer, text: string | null): string | null {
  if (viewer.kind === 'partner') throw forbidden("A dispute's text is for the consumer and staff only.");
  return text;
}

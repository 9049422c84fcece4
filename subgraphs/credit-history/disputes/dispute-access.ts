import { isCaseworker } from '../../../shared/casework';
import { Viewer } from '../../../shared/trust/viewer';
import type { Dispute } from '../entities/Dispute';

/** Who may look a dispute up by id: its subject, and the staff who decide disputes. */
export function canReadDispute(viewer: Viewer, dispute: Pick<Dispute, 'userId'>): boolean {
  return (viewer.kind === 'user' && viewer.userId === dispute.userId) || isCaseworker(viewer);
}

import { isCaseworker, requireCaseworker } from '../../../shared/casework';
import { forbidden, unauthenticated } from '../../../shared/errors';
import { Viewer } from '../../../shared/trust/viewer';
import type { Dispute } from '../entities/Dispute';

/** Only the data subject files a dispute: it is their right, not a partner's or staff's. */
export function requireDisputingSubject(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to dispute a record.');
  if (viewer.kind !== 'user') throw forbidden('Only the data subject can dispute their own credit records.');
  return viewer.userId;
}

/** Staff who decide disputes: the caseworkers (disputes or compliance role). */
export const requireDisputeStaff = (viewer: Viewer): string =>
  requireCaseworker(viewer, 'investigate or resolve disputes', 'Sign in to work on disputes.');

/** Who may look a dispute up by id: its subject, and the staff who decide disputes. */
export function canReadDispute(viewer: Viewer, dispute: Pick<Dispute, 'userId'>): boolean {
  return (viewer.kind === 'user' && viewer.userId === dispute.userId) || isCaseworker(viewer);
}

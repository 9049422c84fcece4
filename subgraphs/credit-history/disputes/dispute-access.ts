import { forbidden, unauthenticated } from '../../../shared/errors';
import { StaffRole, Viewer } from '../../../shared/trust/viewer';
import type { Dispute } from '../entities/Dispute';

/** Staff who decide disputes; support and engineers may read with a reason but never decide. */
export const DISPUTE_STAFF_ROLES: readonly StaffRole[] = ['disputes', 'compliance'];

const isDisputeStaff = (viewer: Viewer) => viewer.kind === 'staff' && DISPUTE_STAFF_ROLES.includes(viewer.role);

/** Only the data subject files a dispute: it is their right, not a partner's or staff's. */
export function requireDisputingSubject(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to dispute a record.');
  if (viewer.kind !== 'user') throw forbidden('Only the data subject can dispute their own credit records.');
  return viewer.userId;
}

export function requireDisputeStaff(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to work on disputes.');
  if (viewer.kind !== 'staff' || !DISPUTE_STAFF_ROLES.includes(viewer.role)) {
    throw forbidden(`Only staff with the ${DISPUTE_STAFF_ROLES.join(' or ')} role can investigate or resolve disputes.`);
  }
  return viewer.staffId;
}

/** Who may look a dispute up by id: its subject, and the staff who decide disputes. */
export function canReadDispute(viewer: Viewer, dispute: Pick<Dispute, 'userId'>): boolean {
  return (viewer.kind === 'user' && viewer.userId === dispute.userId) || isDisputeStaff(viewer);
}

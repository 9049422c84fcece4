import { forbidden, unauthenticated } from '../errors';
import { StaffRole, Viewer } from './viewer';

/** The staff role that registers, suspends and reinstates partners. It reads no consumer data. */
export const PARTNER_MANAGER_ROLE: StaffRole = 'partners';

/**
 * Partner management is split between two subgraphs (users registers, consent
 * suspends): both ask this one question. Returns the staff member's id.
 */
export function requirePartnerManager(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated('Sign in to manage partners.');
  if (viewer.kind !== 'staff' || viewer.role !== PARTNER_MANAGER_ROLE) {
    throw forbidden(`Only staff with the ${PARTNER_MANAGER_ROLE} role can register, suspend or reinstate partners.`);
  }
  return viewer.staffId;
}

import { requireStaffRole } from './access';
import { StaffRole, Viewer } from './viewer';

/** The staff role that registers, suspends and reinstates partners. It reads no consumer data. */
export const PARTNER_MANAGER_ROLE: StaffRole = 'partners';

/**
 * Partner management is split between two subgraphs (users registers, consent
 * suspends): both ask this one question. Returns the staff member's id.
 */
export const requirePartnerManager = (viewer: Viewer): string =>
  requireStaffRole(viewer, [PARTNER_MANAGER_ROLE], `Only staff with the ${PARTNER_MANAGER_ROLE} role can register, suspend or reinstate partners.`, 'Sign in to manage partners.');

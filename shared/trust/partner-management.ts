import { StaffRole } from './viewer';

/**
 * The staff role that registers, suspends and reinstates partners (the @requiresViewer of
 * registerPartner, suspendPartner and reinstatePartner names it). It reads no consumer data.
 */
export const PARTNER_MANAGER_ROLE: StaffRole = 'partners';

import { consentStatus, ConsentStatus } from './consent-terms';
import { forbidden, unauthenticated } from '../../../shared/errors';
import { Viewer } from '../../../shared/trust/viewer';
import { Consent } from '../entities/Consent';

/**
 * Who may see a consent: the consumer who granted it, the partner holding it, and
 * staff who state a reason. A partner never learns of another partner's consents.
 */
export function mayReadConsent(viewer: Viewer, consent: Consent): boolean {
  switch (viewer.kind) {
    case 'user':
      return viewer.userId === consent.subjectId;
    case 'partner':
      return viewer.partnerId === consent.partnerId;
    case 'staff':
      return viewer.reason !== null;
    default:
      return false;
  }
}

/** Throws the error that explains why this viewer may not list these consents. */
export function requireListAccess(viewer: Viewer, owner: { kind: 'user' | 'partner'; id: string }): void {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind === 'staff') {
    if (!viewer.reason) throw forbidden('Staff must state a reason (x-access-reason header) to read consents.');
    return;
  }
  const own = owner.kind === 'user' ? viewer.kind === 'user' && viewer.userId === owner.id : viewer.kind === 'partner' && viewer.partnerId === owner.id;
  if (!own) throw forbidden(`Only the ${owner.kind} itself may list these consents.`);
}

export function withStatus(consents: Consent[], status: ConsentStatus | null | undefined, now = new Date()): Consent[] {
  return status ? consents.filter((consent) => consentStatus(consent, now) === status) : consents;
}

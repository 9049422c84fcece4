import { ConsentScope } from '../../../shared/consent/consent-scopes';
import { consentCovers } from '../consent-terms/consent-terms';
import { StaffRole, staffReadRoles, Viewer } from '../../../shared/trust/viewer';
import { DenialCode } from '../../../shared/consent/consent-gate';
import { Verdict } from './verdict';
import { Consent } from '../entities/Consent';

const deny = (code: DenialCode, message: string): Verdict => ({
  allowed: false,
  code,
  message,
  consentId: null,
  purpose: null,
});

/**
 * The consent rule. The subject sees their own data; a partner needs an active,
 * unexpired, unrevoked consent from the subject, for this scope, granted to that very
 * partner; staff need a read role (CREDENCE_STAFF_READ_ROLES) and a stated reason, for
 * guarded fields and for a consumer's consents and access log alike. A partner is told the same
 * thing whether a consent never existed, was revoked, expired or covers another scope,
 * so a denial reveals nothing about the subject's choices.
 */
export function decide(
  viewer: Viewer,
  subjectId: string,
  scope: ConsentScope | null,
  partnerConsents: Consent[],
  now: Date,
  readRoles: StaffRole[] = staffReadRoles(),
): Verdict {
  switch (viewer.kind) {
    case 'anonymous':
      return deny('UNAUTHENTICATED', 'Sign in to see this data.');
    case 'user':
      return viewer.userId === subjectId
        ? { allowed: true, code: null, message: null, consentId: null, purpose: 'own data' }
        : deny('FORBIDDEN', 'A consumer may only see their own data.');
    case 'partner': {
      // A read no scope covers (another consumer's consents, their access log) no consent opens.
      const consent = partnerConsents.find(
        (c) =>
          scope !== null &&
          c.subjectId === subjectId &&
          c.partnerId === viewer.partnerId &&
          consentCovers(c, scope, now),
      );
      return consent
        ? { allowed: true, code: null, message: null, consentId: consent.id, purpose: consent.purpose }
        : deny('CONSENT_REQUIRED', `The data subject has not granted you the ${scope ?? 'needed'} consent.`);
    }
    case 'staff':
      if (!readRoles.includes(viewer.role))
        return deny('FORBIDDEN', `Staff role ${viewer.role} may not read consumer data.`);
      if (!viewer.reason)
        return deny('FORBIDDEN', 'Staff must state a reason (x-access-reason header) to read consumer data.');
      return { allowed: true, code: null, message: null, consentId: null, purpose: viewer.reason };
  }
}

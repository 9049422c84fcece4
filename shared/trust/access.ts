import { forbidden, unauthenticated } from '../errors';
import { StaffRole, staffReadRoles, Viewer } from './viewer';

/** Anonymous callers may see nothing personal, not even whether an id exists. */
export function requireSignedIn(viewer: Viewer): Exclude<Viewer, { kind: 'anonymous' }> {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  return viewer;
}

/**
 * A consumer acting on their own data (a consent, an export, a what-if, an erasure):
 * anonymous callers are asked to sign in, anyone else, or another consumer when
 * `subjectId` is given, is refused with `refusal`. Returns the consumer's id.
 */
export function requireConsumer(viewer: Viewer, refusal: string, subjectId?: string): string {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.kind !== 'user' || (subjectId !== undefined && signedIn.userId !== subjectId)) throw forbidden(refusal);
  return signedIn.userId;
}

/** Browsing all consumers is an internal tool: staff with a read role and a stated reason. */
export function requireStaffWithReason(viewer: Viewer): void {
  const signedIn = requireSignedIn(viewer);
  if (signedIn.kind !== 'staff' || !staffReadRoles().includes(signedIn.role)) {
    throw forbidden('Only staff with a read role may list consumers.');
  }
  if (!signedIn.reason) throw forbidden('Staff must state a reason (x-access-reason header) to list consumers.');
}

/**
 * Staff work that only some roles may do: anonymous callers are asked to sign in
 * (`signIn`), anyone else is refused with `refusal`. Returns the staff member's id.
 */
export function requireStaffRole(viewer: Viewer, roles: readonly StaffRole[], refusal: string, signIn?: string): string {
  if (viewer.kind === 'anonymous') throw unauthenticated(signIn);
  if (viewer.kind !== 'staff' || !roles.includes(viewer.role)) throw forbidden(refusal);
  return viewer.staffId;
}

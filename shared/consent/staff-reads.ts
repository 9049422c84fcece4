import { codedError, ErrorCode, forbidden } from '../errors';
import { staffReadRoles, Viewer } from '../trust/viewer';
import { ConsentGate } from './consent-gate';

/**
 * Staff reading consumer data that no consent scope guards: a work queue, a case, a
 * caseworker's answer, a consumer looked up by id. The rule is the guarded fields' rule
 * (a read role, CREDENCE_STAFF_READ_ROLES, and a stated reason, x-access-reason), and
 * each consumer's read is decided and logged by the consent subgraph, in that
 * consumer's access log, before the answer leaves. Anyone but staff passes through:
 * their access is the resolver's own rule (a consumer's own case, say), not a staff read.
 */

/**
 * The staff reads no consent scope guards, each in the consumer's words for their access
 * log: a new one is declared here, with its words, or it does not compile.
 */
export const STAFF_READ_NOUNS = {
  'Query.user': 'your account',
  'Query.usersByIds': 'your account',
  'Query.users': 'your account, in a list of consumers',
  'Query.findConsumers': 'your account, found by a search',
  'Query.dispute': 'your dispute',
  'Query.disputeQueue': 'your dispute, in the disputes queue',
  'Mutation.startDisputeInvestigation': 'your dispute, to take it up',
  'Mutation.resolveDispute': 'your dispute, to decide it',
  'Query.scoreReviewQueue': 'your score review, in the review queue',
  'Mutation.resolveScoreReview': 'your score review, to answer it',
  'User.scoreReviews': 'your score reviews',
} as const;
export type StaffReadField = keyof typeof STAFF_READ_NOUNS;

/** Staff with a read role and a stated reason: whose reads of consumer data are allowed, and logged. */
export const isStaffReader = (viewer: Viewer) =>
  viewer.kind === 'staff' && staffReadRoles().includes(viewer.role) && viewer.reason !== null;

/** Checked before anything is read or written: a staff member without a read role or a reason gets nothing. */
export function requireStaffReadReason(viewer: Viewer): void {
  if (viewer.kind !== 'staff') return;
  if (!staffReadRoles().includes(viewer.role)) throw forbidden(`Staff role ${viewer.role} may not read consumer data.`);
  if (!viewer.reason) throw forbidden('Staff must state a reason (x-access-reason header) to read consumer data.');
}

/**
 * Logs a staff read of these subjects' data under `field` (its schema coordinate, as
 * the access log shows it), one decision per subject batched with the request's other
 * decisions, and answers `rows` once every one is logged. A refusal, or a decision that
 * could not be made (so could not be logged), withholds the whole answer.
 */
export async function loggedStaffRead<T>(
  viewer: Viewer,
  gate: ConsentGate,
  field: StaffReadField,
  rows: T,
  subjectIds: readonly string[],
): Promise<T> {
  if (viewer.kind !== 'staff') return rows;
  requireStaffReadReason(viewer);
  const subjects = [...new Set(subjectIds)];
  const decisions = await gate.loadMany(
    subjects.map((subjectId) => ({ subjectId, scope: null, field, detail: null, noun: STAFF_READ_NOUNS[field] })),
  );
  for (const decision of decisions) {
    if (decision instanceof Error) {
      console.error(`[credence] staff read of ${field} could not be logged:`, decision.message);
      throw codedError(
        ErrorCode.CONSENT_UNAVAILABLE,
        'The read could not be logged just now, so nothing is shown. Try again.',
      );
    }
    if (!decision.allowed)
      throw codedError(decision.code ?? ErrorCode.FORBIDDEN, decision.message ?? `Access to ${field} was refused.`);
  }
  return rows;
}

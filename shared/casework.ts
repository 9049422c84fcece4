import { badUserInput } from './errors';
import { StaffRole, Viewer } from './trust/viewer';
import { DAY_MS } from './time';

/**
 * Cases a consumer opens and Credence staff must answer: a dispute of a credit record
 * (reinvestigated within 30 days, as the FCRA asks) and a human review of an automated
 * score (GDPR Art. 22, answered within the month Art. 12(3) allows). One clock and one
 * overdue rule for both, so the queues, the API and the metrics agree.
 */
export const RESPONSE_WINDOW_DAYS = 30;

/** When Credence must have answered a case opened at `openedAt`. */
export function responseDeadline(openedAt: Date): Date {
  return new Date(openedAt.getTime() + RESPONSE_WINDOW_DAYS * DAY_MS);
}

/** Still unanswered after its deadline. The metrics count the same rows in SQL: open and deadline < now. */
export function isPastDeadline(deadline: Date, stillOpen: boolean, now: Date): boolean {
  return stillOpen && now.getTime() > deadline.getTime();
}

/** Staff who decide consumers' cases; support and engineers may read with a reason but never decide. */
export const CASEWORKER_ROLES: readonly StaffRole[] = ['disputes', 'compliance'];

export const isCaseworker = (viewer: Viewer) => viewer.kind === 'staff' && CASEWORKER_ROLES.includes(viewer.role);

export const NOTE_MIN_LENGTH = 3;
export const NOTE_MAX_LENGTH = 2000;

/** Staff's answer to a case, shown to the consumer: trimmed, 3–2000 characters. */
export const validateCaseNote = (note: string, why: string): string =>
  validateCaseText(note, 'note', `"note" must be ${NOTE_MIN_LENGTH} to ${NOTE_MAX_LENGTH} characters: ${why}.`);

/** What one side of a case writes for the other (a note, a consumer's statement): trimmed, 3–2000 characters, refused naming `argument`. */
export function validateCaseText(text: string, argument: string, refusal: string): string {
  const trimmed = text.trim();
  if (trimmed.length < NOTE_MIN_LENGTH || trimmed.length > NOTE_MAX_LENGTH) throw badUserInput(refusal, argument);
  return trimmed;
}

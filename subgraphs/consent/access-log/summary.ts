import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { AccessLogEntry, FieldRead } from '../entities/AccessLogEntry';

/** What a field is, in the consumer's words; fields not listed are named by their scope. */
const FIELD_NOUNS: Record<string, string> = {
  'CreditScore.value': 'your score',
  'CreditScore.probabilityOfDefault': 'your probability of default',
  'CreditScore.band': 'your score band',
  'CreditScore.categories': 'the points behind your score',
  'CreditScore.reasons': 'the reasons behind your score',
  'CreditScore.history': 'your score history',
  'User.consents': 'your consents',
  'User.accessLog': 'your access log',
  'Partner.consentsHeld': 'the consents you gave a partner',
  // staff's casework and look-ups, which no consent scope guards (shared/consent/staff-reads.ts)
  'Query.user': 'your account',
  'Query.usersByIds': 'your account',
  'Query.users': 'your account, in a list of consumers',
  'Query.dispute': 'your dispute',
  'Query.disputeQueue': 'your dispute, in the disputes queue',
  'Mutation.startDisputeInvestigation': 'your dispute, to take it up',
  'Mutation.resolveDispute': 'your dispute, to decide it',
  'Query.scoreReviewQueue': 'your score review, in the review queue',
  'Mutation.resolveScoreReview': 'your score review, to answer it',
  'User.scoreReviews': 'your score reviews',
};

const SCOPE_NOUNS: Record<ConsentScope, string> = {
  PROFILE: 'your profile',
  CREDIT_HISTORY: 'your credit history',
  SCORE_VALUE: 'your score',
  SCORE_BAND: 'your score band',
  SCORE_FACTORS: 'the reasons behind your score',
  SCORE_THRESHOLD: 'whether your score reaches a threshold',
};

const THRESHOLD_FIELD = 'User.scoreAtLeast';

function threshold(read: FieldRead): string {
  try {
    return String(JSON.parse(read.detail ?? '{}').threshold ?? 'a threshold');
  } catch {
    return 'a threshold';
  }
}

const nounOf = (read: FieldRead) =>
  read.field === THRESHOLD_FIELD
    ? `whether your score is at least ${threshold(read)}`
    : (FIELD_NOUNS[read.field] ?? (read.scope ? SCOPE_NOUNS[read.scope] : read.field));

/** "a", "a and b", "a, b and c" */
export function list(items: string[], conjunction = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const distinct = (items: string[]) => [...new Set(items)];

function viewerPhrase(event: AccessLogEntry, partnerName: string | null): string {
  switch (event.viewerKind) {
    case 'PARTNER':
      return partnerName ?? 'A partner';
    case 'STAFF':
      return `Credence staff (${event.staffRole ?? 'unknown role'})`;
    case 'USER':
      return event.viewerId === event.subjectId ? 'You' : 'Another Credence user';
    default:
      return 'Someone who was not signed in';
  }
}

/**
 * A read event as one sentence a consumer can take in at a glance:
 * "Spree Bikes checked whether your score is at least 693 and read your score band."
 */
export function summarizeReadEvent(event: AccessLogEntry, partnerName: string | null): string {
  const allowed = event.reads.filter((read) => read.outcome === 'ALLOWED');
  const checked = distinct(allowed.filter((read) => read.field === THRESHOLD_FIELD).map(threshold));
  const read = distinct(allowed.filter((r) => r.field !== THRESHOLD_FIELD).map(nounOf));
  const refused = distinct(event.reads.filter((r) => r.outcome === 'DENIED').map(nounOf));
  const clauses = [
    ...(checked.length ? [`checked whether your score is at least ${list(checked, 'or')}`] : []),
    ...(read.length ? [`read ${list(read)}`] : []),
    ...(refused.length ? [`was refused ${list(refused)}`] : []),
  ];
  // "read a and b, and was refused c": a comma keeps the clauses apart once a list has its own "and"
  const joined = clauses.length > 1 && clauses.some((clause) => clause.includes(' and ')) ? `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}` : list(clauses);
  return `${viewerPhrase(event, partnerName)} ${joined}.`;
}

/** What some scopes let a partner see, in the consumer's words: "your score and your score band". */
export const describeScopes = (scopes: readonly ConsentScope[]) => list(distinct(scopes.map((scope) => SCOPE_NOUNS[scope])));

/**
 * A partner's read event for the consumer's alerts feed: the access log's sentence,
 * or, when nothing was released, "Spree Bikes tried to read your score band and was refused."
 */
export function summarizePartnerRead(event: AccessLogEntry, partnerName: string | null): string {
  if (event.decision === 'ALLOWED') return summarizeReadEvent(event, partnerName);
  const tried = list(distinct(event.reads.map(nounOf)));
  // "tried to read a and b, and was refused": the comma keeps the refusal apart from the list
  return `${viewerPhrase(event, partnerName)} tried to read ${tried}${tried.includes(' and ') ? ',' : ''} and was refused.`;
}

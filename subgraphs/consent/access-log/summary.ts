import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { scopeNoun, SCOPES_IN_READING_ORDER } from '../consent-terms/scope-words';
import { AccessLogEntry, FieldRead } from '../entities/AccessLogEntry';

const THRESHOLD_FIELD = 'User.scoreAtLeast';

function threshold(read: FieldRead): string {
  try {
    return String(JSON.parse(read.detail ?? '{}').threshold ?? 'a threshold');
  } catch {
    return 'a threshold';
  }
}

/** The field's declared words with its arguments filled in ("whether your score is at least {threshold}"). */
function declaredNoun(noun: string, detail: string | null): string {
  let args: Record<string, unknown> = {};
  try {
    args = JSON.parse(detail ?? '{}');
  } catch {
    // a detail that is not JSON fills nothing in
  }
  return noun.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    args[name] === undefined ? placeholder : String(args[name]),
  );
}

/** A read in the consumer's words: as its field declares, else as its scope says, else its coordinate. */
const nounOf = (read: FieldRead) =>
  read.noun ? declaredNoun(read.noun, read.detail) : read.scope ? scopeNoun(read.scope) : read.field;

/** "a", "a and b", "a, b and c" */
export function list(items: string[], conjunction = 'and'): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const distinct = (items: string[]) => [...new Set(items)];

/**
 * The reads in the order a consumer reads about scopes (profile, credit history, score, …), not the
 * order the subgraphs' batches happened to arrive in: the gateway fetches several
 * subgraphs at once, and the same read must always be told in the same words.
 */
const SCOPE_ORDER: readonly string[] = SCOPES_IN_READING_ORDER;
const rank = (read: FieldRead) => (read.scope ? SCOPE_ORDER.indexOf(read.scope) : SCOPE_ORDER.length);
const inScopeOrder = (reads: FieldRead[]) => [...reads].sort((a, b) => rank(a) - rank(b));

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
  const reads = inScopeOrder(event.reads);
  const allowed = reads.filter((read) => read.outcome === 'ALLOWED');
  const checked = distinct(allowed.filter((read) => read.field === THRESHOLD_FIELD).map(threshold));
  const read = distinct(allowed.filter((r) => r.field !== THRESHOLD_FIELD).map(nounOf));
  const refused = distinct(reads.filter((r) => r.outcome === 'DENIED').map(nounOf));
  const clauses = [
    ...(checked.length ? [`checked whether your score is at least ${list(checked, 'or')}`] : []),
    ...(read.length ? [`read ${list(read)}`] : []),
    ...(refused.length ? [`was refused ${list(refused)}`] : []),
  ];
  // "read a and b, and was refused c": a comma keeps the clauses apart once a list has its own "and"
  const joined =
    clauses.length > 1 && clauses.some((clause) => clause.includes(' and '))
      ? `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}`
      : list(clauses);
  return `${viewerPhrase(event, partnerName)} ${joined}.`;
}

/** What some scopes let a partner see, in the consumer's words: "your score and your score band". */
export const describeScopes = (scopes: readonly ConsentScope[]) => list(distinct(scopes.map(scopeNoun)));

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

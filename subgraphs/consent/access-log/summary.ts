import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { scopeNoun, SCOPES_IN_READING_ORDER } from '../consent-terms/scope-words';
import { AccessLogEntry, FieldRead } from '../entities/AccessLogEntry';
import { groupBy } from '../../../shared/group-by';

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

/** The viewer again, once named: "It also asked …" for a partner, "They also asked …" for the rest. */
const pronounOf = (event: AccessLogEntry) =>
  event.viewerKind === 'PARTNER'
    ? 'It'
    : event.viewerKind === 'USER' && event.viewerId === event.subjectId
      ? 'You'
      : 'They';

/**
 * Why a read was refused, from the code the decision logged. A threshold check refused
 * with FORBIDDEN is the daily limit of distinct thresholds (the code it was logged with
 * before THRESHOLD_LIMIT_REACHED existed): a threshold outside the scale never reaches
 * the decision.
 */
function refusalOf(read: FieldRead): string {
  if (read.field === THRESHOLD_FIELD && (read.denialCode === 'FORBIDDEN' || read.denialCode === null)) {
    return 'THRESHOLD_LIMIT_REACHED';
  }
  return read.denialCode ?? 'FORBIDDEN';
}

/** The refusal's reason in the consumer's words; `it` is what was refused ("it" or "them"). */
function reasonWords(reason: string, partnerName: string, it: string): string {
  switch (reason) {
    case 'CONSENT_REQUIRED':
      return `you had not given ${partnerName} consent for ${it}`;
    case 'SUBJECT_FROZEN':
      return 'your file was frozen';
    case 'PARTNER_SUSPENDED':
      return `Credence had suspended ${partnerName}`;
    case 'THRESHOLD_LIMIT_REACHED':
      return `${partnerName} had reached its daily limit of different scores to check`;
    case 'UNAUTHENTICATED':
      return `nobody may see ${it} without signing in`;
    default:
      return `only you, and those you allow, may see ${it}`;
  }
}

/** "for your score and your score band and whether your score is at least 730": what some reads asked for. */
function askedFor(reads: FieldRead[]): { words: string; count: number } {
  const thresholds = distinct(reads.filter((r) => r.field === THRESHOLD_FIELD).map(threshold));
  const nouns = distinct(reads.filter((r) => r.field !== THRESHOLD_FIELD).map(nounOf));
  const parts = [
    ...(nouns.length ? [`for ${list(nouns)}`] : []),
    ...(thresholds.length ? [`whether your score is at least ${list(thresholds, 'or')}`] : []),
  ];
  return { words: parts.join(' and '), count: thresholds.length + nouns.length };
}

/**
 * A read event in plain sentences a consumer can take in at a glance: what was released
 * ("Spree Bikes checked whether your score is at least 693 and read your score band."),
 * then what was refused and why, one sentence per reason ("Spree Bikes asked whether
 * your score is at least 730; it was refused because Spree Bikes had reached its daily
 * limit of different scores to check."). The reason is the denial code the decision logged.
 */
export function summarizeReadEvent(event: AccessLogEntry, partnerName: string | null): string {
  const reads = inScopeOrder(event.reads);
  const allowed = reads.filter((read) => read.outcome === 'ALLOWED');
  const checked = distinct(allowed.filter((read) => read.field === THRESHOLD_FIELD).map(threshold));
  const read = distinct(allowed.filter((r) => r.field !== THRESHOLD_FIELD).map(nounOf));
  const clauses = [
    ...(checked.length ? [`checked whether your score is at least ${list(checked, 'or')}`] : []),
    ...(read.length ? [`read ${list(read)}`] : []),
  ];
  const who = viewerPhrase(event, partnerName);
  const sentences = clauses.length ? [`${who} ${list(clauses)}.`] : [];
  const refusedByReason = groupBy(
    reads.filter((r) => r.outcome === 'DENIED'),
    refusalOf,
  );
  for (const [reason, refused] of refusedByReason) {
    const asked = askedFor(refused);
    const [it, was] = asked.count > 1 ? ['them', 'they were'] : ['it', 'it was'];
    const subject = sentences.length ? `${pronounOf(event)} also` : who;
    const named = partnerName ?? 'the partner';
    sentences.push(`${subject} asked ${asked.words}; ${was} refused because ${reasonWords(reason, named, it)}.`);
  }
  return sentences.join(' ');
}

/** What some scopes let a partner see, in the consumer's words: "your score and your score band". */
export const describeScopes = (scopes: readonly ConsentScope[]) => list(distinct(scopes.map(scopeNoun)));

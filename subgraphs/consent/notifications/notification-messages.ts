import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { describeScopes, summarizeReadEvent } from '../access-log/summary';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { Notification } from '../entities/Notification';

/** What the sentence of one alert may draw on besides its row. */
export interface MessageFacts {
  partnerName: string | null;
  /** for PARTNER_READ: the read event as the access log holds it now (later batches merged in) */
  readEvent: AccessLogEntry | null;
}

const DISPUTE_SENTENCES: Record<string, string> = {
  OPEN: 'We received your dispute of a credit record; staff will answer within 30 days.',
  INVESTIGATING: 'Credence staff are now investigating your dispute of a credit record.',
  UPHELD: 'Your dispute was upheld: the credit record was corrected.',
  REJECTED: 'Your dispute was rejected: the note staff left on it says why.',
};

const scopesOf = (row: Notification) =>
  describeScopes((row.detail?.scopes ?? '').split(',').filter(Boolean) as ConsentScope[]);
const dayOf = (iso: string | undefined) => (iso ?? '').slice(0, 10);

const ACCOUNT_WORDS: Record<string, string> = {
  CONSUMER_LOAN: 'consumer loan',
  CREDIT_CARD: 'credit card',
  UTILITY: 'utility account',
};
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "19 days, still unpaid"; "up to 40 days, 2 still unpaid" */
function lateDetail(late: number, maxDaysLate: number, unpaidLate: number): string {
  if (late === 1) return `${days(maxDaysLate)}${unpaidLate ? ', still unpaid' : ''}`;
  const unpaid = unpaidLate === 0 ? '' : unpaidLate === late ? ', all still unpaid' : `, ${unpaidLate} still unpaid`;
  return `up to ${days(maxDaysLate)}${unpaid}`;
}

/**
 * "Hanse Kredit reported a payment 19 days late on your consumer loan", or the counts
 * when several were reported. A late payment still unpaid is said to be so: its days
 * late ran to the day it was reported, and "19 days late" alone reads as paid.
 */
function furnishedSentence(partner: string, detail: Record<string, string>): string {
  const kinds = (detail.accountKinds ?? '').split(',').filter(Boolean);
  const accounts = `your ${kinds.map((kind) => ACCOUNT_WORDS[kind] ?? 'account').join(' and ') || 'account'}`;
  const [onTime, late, defaulted, maxDaysLate, unpaidLate] = [
    'onTime',
    'late',
    'defaulted',
    'maxDaysLate',
    'unpaidLate',
  ].map((key) => Number(detail[key] ?? 0));
  const count = onTime + late + defaulted;
  if (count === 1) {
    const what = late
      ? unpaidLate
        ? `a payment ${days(maxDaysLate)} overdue and still unpaid`
        : `a payment ${days(maxDaysLate)} late`
      : defaulted
        ? 'a defaulted payment'
        : 'a payment made on time';
    return `${partner} reported ${what} on ${accounts}.`;
  }
  const parts = [
    onTime ? `${onTime} on time` : '',
    late ? `${late} late (${lateDetail(late, maxDaysLate, unpaidLate)})` : '',
    defaulted ? `${defaulted} defaulted` : '',
  ].filter(Boolean);
  return `${partner} reported ${count} payments on ${accounts}: ${parts.join(', ')}.`;
}

/** A furnished record's dispute: the furnisher answers it, and the sentence names it. */
const FURNISHED_DISPUTE_SENTENCES: Record<string, (partner: string, deadline: string) => string> = {
  OPEN: (partner, deadline) =>
    `We sent your dispute of a record ${partner} reported to them: they must answer by ${deadline}, or the record leaves your file.`,
  VERIFIED: (partner) =>
    `${partner} checked the record you disputed and says it is correct: it stays on your file (their note says why).`,
  CORRECTED: (partner) => `${partner} corrected the record you disputed.`,
  DELETED: (partner) =>
    `${partner} deleted the record you disputed: it is no longer on your file and no longer counts.`,
  EXPIRED: (partner) =>
    `${partner} did not answer your dispute by its deadline: the record was removed from your file and no longer counts.`,
};

/** The consumer added information: who decides now has it, and the deadline it may have moved. */
function informationAddedSentence(detail: Record<string, string>, partnerName: string | null, furnished: boolean) {
  const deadline = dayOf(detail.deadline);
  const extended = detail.deadlineExtended === 'true';
  if (!furnished) {
    return extended
      ? `You added information to your dispute of a credit record: staff will weigh it and now answer by ${deadline}.`
      : `You added information to your dispute of a credit record: staff will weigh it; they still answer by ${deadline}.`;
  }
  const partner = partnerName ?? 'the furnisher';
  return extended
    ? `You added information to your dispute of a record ${partner} reported: we sent it to them, and they now have until ${deadline} to answer.`
    : `You added information to your dispute of a record ${partner} reported: we sent it to them; they must still answer by ${deadline}.`;
}

/** FCRA §611(a)(5)(B): the consumer is told a removed record is back, by whom, and that they may dispute it again. */
function reinstatedSentence(detail: Record<string, string>, partnerName: string | null): string {
  const partner = partnerName ?? 'The furnisher';
  const account = ACCOUNT_WORDS[detail.accountKind ?? ''] ?? 'account';
  return (
    `${partner} put back on your file the payment due ${detail.dueOn} on your ${account}, which your dispute had removed: ` +
    `${partnerName ?? 'they'} certified that it is complete and accurate. If you still think it is wrong, you may dispute it again.`
  );
}

function disputeSentence(row: Notification, partnerName: string | null): string {
  const detail = row.detail ?? {};
  if (detail.event === 'INFORMATION_ADDED')
    return informationAddedSentence(detail, partnerName, row.partnerId !== null);
  if (detail.event === 'RECORD_REINSTATED') return reinstatedSentence(detail, partnerName);
  const status = detail.status ?? '';
  const furnished = row.partnerId ? FURNISHED_DISPUTE_SENTENCES[status] : undefined;
  if (furnished) return furnished(partnerName ?? 'The furnisher', dayOf(row.detail?.deadline));
  return DISPUTE_SENTENCES[status] ?? 'Your dispute of a credit record changed.';
}

/** One plain sentence per alert, made when it is read. */
export function notificationMessage(row: Notification, { partnerName, readEvent }: MessageFacts): string {
  const partner = partnerName ?? 'A partner';
  switch (row.kind) {
    case 'PARTNER_READ':
      return readEvent ? summarizeReadEvent(readEvent, partnerName) : `${partner} read or tried to read your data.`;
    case 'CONSENT_REQUEST_RECEIVED':
      return `${partner} asked you for consent to see your data.`;
    case 'CONSENT_EXPIRING':
      return `Your consent for ${partner} to see ${scopesOf(row)} expires on ${dayOf(row.detail?.expiresAt)}.`;
    case 'CONSENT_EXPIRED':
      return `Your consent for ${partner} to see ${scopesOf(row)} expired on ${dayOf(row.detail?.expiresAt)}; it can no longer read them.`;
    case 'DISPUTE_UPDATED':
      return disputeSentence(row, partnerName);
    case 'SCORE_CHANGED':
      return row.detail?.message ?? `Your score changed from ${row.detail?.from} to ${row.detail?.to}.`;
    case 'RECORDS_FURNISHED':
      return furnishedSentence(partner, row.detail ?? {});
    case 'FILE_FROZEN':
      return row.detail?.by === 'STAFF'
        ? 'Credence support froze your file to protect it: no partner can read your data until you unfreeze it.'
        : 'You froze your file: no partner can read your data until you unfreeze it.';
    case 'FILE_UNFROZEN':
      return row.detail?.by === 'STAFF'
        ? 'Credence compliance unfroze your file: partners you gave consent to can read your data again.'
        : 'You unfroze your file: partners you gave consent to can read your data again.';
  }
}

import type { ConsentScope } from '../../../shared/consent/consent-scopes';
import { describeScopes, summarizePartnerRead } from '../access-log/summary';
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

function disputeSentence(row: Notification, partnerName: string | null): string {
  const status = row.detail?.status ?? '';
  const furnished = row.partnerId ? FURNISHED_DISPUTE_SENTENCES[status] : undefined;
  if (furnished) return furnished(partnerName ?? 'The furnisher', dayOf(row.detail?.deadline));
  return DISPUTE_SENTENCES[status] ?? 'Your dispute of a credit record changed.';
}

/** One plain sentence per alert, made when it is read. */
export function notificationMessage(row: Notification, { partnerName, readEvent }: MessageFacts): string {
  const partner = partnerName ?? 'A partner';
  switch (row.kind) {
    case 'PARTNER_READ':
      return readEvent ? summarizePartnerRead(readEvent, partnerName) : `${partner} read or tried to read your data.`;
    case 'CONSENT_REQUEST_RECEIVED':
      return `${partner} asked you for consent to see your data.`;
    case 'CONSENT_EXPIRING':
      return `Your consent for ${partner} to see ${scopesOf(row)} expires on ${dayOf(row.detail?.expiresAt)}.`;
    case 'CONSENT_EXPIRED':
      return `Your consent for ${partner} to see ${scopesOf(row)} expired on ${dayOf(row.detail?.expiresAt)}; it can no longer read them.`;
    case 'DISPUTE_UPDATED':
      return disputeSentence(row, partnerName);
    case 'FILE_FROZEN':
      return 'You froze your file: no partner can read your data until you unfreeze it.';
    case 'FILE_UNFROZEN':
      return 'You unfroze your file: partners you gave consent to can read your data again.';
  }
}

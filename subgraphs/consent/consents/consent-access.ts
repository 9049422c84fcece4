import { Brackets, DataSource } from 'typeorm';
import { cursorByTime, pageOfRows, PageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery, timeOf } from '../../../shared/store/query-page';
import { consentStatus, ConsentStatus } from '../consent-terms/consent-terms';
import { forbidden, unauthenticated } from '../../../shared/errors';
import { staffReadRoles, Viewer } from '../../../shared/trust/viewer';
import { decide } from '../decision/consent-rule';
import { Consent } from '../entities/Consent';
import type { ConsentLoaders } from '../loaders';

/**
 * Who may see a consent: the consumer who granted it, the partner holding it, and
 * staff with a read role who state a reason. A partner never learns of another
 * partner's consents.
 */
export function mayReadConsent(viewer: Viewer, consent: Consent): boolean {
  switch (viewer.kind) {
    case 'user':
      return viewer.userId === consent.subjectId;
    case 'partner':
      return viewer.partnerId === consent.partnerId;
    case 'staff':
      return staffReadRoles().includes(viewer.role) && viewer.reason !== null;
    default:
      return false;
  }
}

/** The lists no consent opens but staff may (and staff's freezes), each in the consumer's words for their access log. */
export const LIST_NOUNS = {
  'User.consents': 'your consents',
  'User.accessLog': 'your access log',
  'Partner.consentsHeld': 'the consents you gave a partner',
  'Mutation.freezeConsumerFile': 'your file, to freeze it',
  'Mutation.unfreezeConsumerFile': 'your file, to unfreeze it',
} as const;
export type ListField = keyof typeof LIST_NOUNS;

/**
 * Lets the owner list its own consents or access log (unlogged: it is their own) and
 * staff list anyone's under the rule for guarded fields: a read role and a stated
 * reason, the read decided and logged, allowed or refused, for every consumer whose
 * data it shows. `subjectIds` are those consumers (for a partner's list, known once
 * loaded). Anyone else gets the error that explains why not.
 */
export async function requireListAccess(
  viewer: Viewer,
  loaders: ConsentLoaders,
  owner: { kind: 'user' | 'partner'; id: string },
  field: ListField,
  subjectIds: () => Promise<string[]>,
): Promise<void> {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind === 'staff') {
    const subjects = [...new Set(await subjectIds())];
    // a partner's list names the partner, so the consumer knows whose list staff opened
    const detail = owner.kind === 'partner' ? JSON.stringify({ partnerId: owner.id }) : null;
    const verdicts = subjects.length
      ? await loaders.readDecision.loadMany(
          subjects.map((subjectId) => ({ subjectId, scope: null, field, detail, noun: LIST_NOUNS[field] })),
        )
      : [decide(viewer, owner.id, null, [], new Date())];
    const refusal = verdicts.find((verdict) => verdict instanceof Error || !verdict.allowed);
    if (refusal instanceof Error) throw refusal;
    if (refusal) throw forbidden(refusal.message ?? `Access to ${field} was refused.`);
    return;
  }
  const own =
    owner.kind === 'user'
      ? viewer.kind === 'user' && viewer.userId === owner.id
      : viewer.kind === 'partner' && viewer.partnerId === owner.id;
  if (!own) throw forbidden(`Only the ${owner.kind} itself may list these.`);
}

export function withStatus(consents: Consent[], status: ConsentStatus | null | undefined, now = new Date()): Consent[] {
  return status ? consents.filter((consent) => consentStatus(consent, now) === status) : consents;
}

/** The SQL of `consentStatus`, so a partner's long list filters and pages in the store. */
function statusCondition(status: ConsentStatus, now: Date): [string, { now: Date }] {
  const live = '(consent.revokedAt IS NULL OR consent.revokedAt > :now)';
  switch (status) {
    case 'REVOKED':
      return ['consent.revokedAt <= :now', { now }];
    case 'EXPIRED':
      return [`${live} AND consent.expiresAt <= :now`, { now }];
    case 'ACTIVE':
      return [`${live} AND consent.expiresAt > :now`, { now }];
  }
}

/** consentsHeldByMe: a page of the partner's consents, newest first, in two queries whatever it holds. */
export function partnerConsentPage(
  dataSource: DataSource,
  partnerId: string,
  status: ConsentStatus | null | undefined,
  page: PageRequest,
  now = new Date(),
) {
  const query = dataSource
    .getRepository(Consent)
    .createQueryBuilder('consent')
    .where('consent.partnerId = :partnerId', { partnerId });
  if (status) query.andWhere(new Brackets((where) => where.where(...statusCondition(status, now))));
  return connectionOfQuery(query, page, { property: 'grantedAt' });
}

/** A page of one owner's consents, loaded whole for every parent at once (a consumer holds few). */
export function consentPageOf(
  consents: Consent[],
  status: ConsentStatus | null | undefined,
  page: PageRequest,
  now = new Date(),
) {
  if (page.after) timeOf(page.after);
  return pageOfRows(
    withStatus(consents, status, now),
    page,
    cursorByTime((consent) => consent.grantedAt),
  );
}

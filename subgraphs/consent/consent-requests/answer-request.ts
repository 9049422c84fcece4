import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { codedError, ErrorCode } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { DAY_MS } from '../../../shared/time';
import { consentDurations } from '../consent-terms/consent-policy';
import { createConsent, withGrantingSubject } from '../consents/create-consent';
import { ConsentRequest, StoredRequestStatus } from '../entities/ConsentRequest';
import { queueWebhookEvents } from '../webhooks/webhook-events';
import { isOpen, requestNotFound } from './request-access';

const mayAnswer = (subjectId: string, request: ConsentRequest) => request.subjectId === subjectId || isOpen(request);

/**
 * Records the consumer's answer with one conditional UPDATE: still awaiting, not expired
 * (checked against `now` in the statement, so a request expiring meanwhile cannot be
 * approved) and addressed or bound to this consumer, or open (then this binds it). Of two
 * answers racing, the database lets one through; the other learns why it lost.
 */
async function recordAnswer(
  manager: EntityManager,
  id: string,
  subjectId: string,
  answer: StoredRequestStatus,
  now: Date,
): Promise<ConsentRequest> {
  const rows = manager.getRepository(ConsentRequest);
  const request = await rows.findOneBy({ id });
  if (!request || !mayAnswer(subjectId, request)) throw requestNotFound(id);
  const recorded = await rows.update(
    {
      id,
      status: 'AWAITING_AUTHORISATION',
      expiresAt: MoreThan(now),
      subjectId: request.subjectId === null ? IsNull() : subjectId,
    },
    { status: answer, subjectId, answeredAt: now },
  );
  if (recorded.affected) return Object.assign(request, { status: answer, subjectId, answeredAt: now });
  const current = await rows.findOneByOrFail({ id });
  // An open request another consumer answered first is theirs now: to this one it is gone.
  if (!mayAnswer(subjectId, current)) throw requestNotFound(id);
  if (current.status === 'CANCELLED') {
    throw codedError(
      ErrorCode.CONSENT_REQUEST_CANCELLED,
      'The business cancelled this consent request: there is nothing to answer. It may send you a new one.',
    );
  }
  if (current.status !== 'AWAITING_AUTHORISATION') {
    throw codedError(
      ErrorCode.CONSENT_REQUEST_ANSWERED,
      'This consent request has already been answered; it is answered once.',
    );
  }
  throw codedError(
    ErrorCode.CONSENT_REQUEST_EXPIRED,
    'This consent request has expired: ask the partner for a new one.',
  );
}

/**
 * The consumer says yes: the answer, the consent on the request's terms (lasting
 * durationDays from now, or CONSENT_MAX_DAYS if the cap was lowered since the request
 * was made: no consent outlasts the cap in force when it is given) and the partner's notices (`consent.granted` and
 * `consent_request.approved`) commit together, under the subject's lock like any grant.
 */
export function approveConsentRequest(
  database: SubgraphDatabase,
  subjectId: string,
  id: string,
  now = new Date(),
): Promise<ConsentRequest> {
  const requestId = requireWellFormedId(id);
  return withGrantingSubject(database.dataSource, subjectId, async (manager) => {
    const request = await recordAnswer(manager, requestId, subjectId, 'AUTHORISED', now);
    const { partnerId, scopes, purpose, durationDays, reference } = request;
    const days = Math.min(durationDays, consentDurations().maxDays);
    const consent = await createConsent(
      manager,
      { subjectId, partnerId, scopes, purpose, expiresAt: new Date(now.getTime() + days * DAY_MS) },
      'partner request',
      now,
    );
    await manager.getRepository(ConsentRequest).update({ id: requestId }, { consentId: consent.id });
    const data = { consentRequestId: requestId, consentId: consent.id, subjectId, scopes, reference };
    await queueWebhookEvents(manager, 'consent_request.approved', [{ partnerId, at: now, data }]);
    return Object.assign(request, { consentId: consent.id });
  });
}

/**
 * The consumer says no. The partner is told which request, not who declined: a refusal
 * must not hand it the consumer's id it never had.
 */
export function declineConsentRequest(
  database: SubgraphDatabase,
  subjectId: string,
  id: string,
  now = new Date(),
): Promise<ConsentRequest> {
  const requestId = requireWellFormedId(id);
  return withGrantingSubject(database.dataSource, subjectId, async (manager) => {
    const request = await recordAnswer(manager, requestId, subjectId, 'REJECTED', now);
    const { partnerId, scopes, reference } = request;
    await queueWebhookEvents(manager, 'consent_request.declined', [
      { partnerId, at: now, data: { consentRequestId: requestId, scopes, reference } },
    ]);
    return request;
  });
}

/**
 * The partner withdraws a request nobody answered yet, with one conditional UPDATE (so a
 * consumer's answer racing it either lands first or finds it cancelled). Another partner's
 * request is NOT_FOUND; cancelling a cancelled one answers it as it is.
 */
export async function cancelConsentRequest(
  database: SubgraphDatabase,
  partnerId: string,
  id: string,
  now = new Date(),
): Promise<ConsentRequest> {
  const requestId = requireWellFormedId(id);
  const rows = database.dataSource.getRepository(ConsentRequest);
  const cancelled = await rows.update(
    { id: requestId, partnerId, status: 'AWAITING_AUTHORISATION', expiresAt: MoreThan(now) },
    { status: 'CANCELLED', cancelledAt: now },
  );
  const request = await rows.findOneBy({ id: requestId, partnerId });
  if (!request) throw requestNotFound(requestId, { kind: 'partner', partnerId });
  if (cancelled.affected || request.status === 'CANCELLED') return request;
  if (request.status !== 'AWAITING_AUTHORISATION') {
    throw codedError(ErrorCode.CONSENT_REQUEST_ANSWERED, 'The consumer has already answered this consent request.');
  }
  throw codedError(ErrorCode.CONSENT_REQUEST_EXPIRED, 'This consent request has expired: there is nothing to cancel.');
}

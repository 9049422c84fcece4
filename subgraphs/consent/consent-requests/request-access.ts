import { DataSource, FindOptionsWhere, LessThanOrEqual, MoreThan } from 'typeorm';
import { codedError, ErrorCode, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { Viewer } from '../../../shared/trust/viewer';
import { publicBaseUrl } from '../../../shared/public-url';
import { ConsentRequest } from '../entities/ConsentRequest';
import { PageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import type { ConsentLoaders } from '../loaders';
import type { AccountStanding } from '../../../shared/trust/account-standing';
import { requireActivePartner } from '../partners/partner-access';

export type ConsentRequestStatus = 'AWAITING_AUTHORISATION' | 'AUTHORISED' | 'REJECTED' | 'EXPIRED' | 'CANCELLED';

/** An unanswered request past its expiry reads EXPIRED; nothing needs to write that. */
export function requestStatus(request: Pick<ConsentRequest, 'status' | 'expiresAt'>, now: Date): ConsentRequestStatus {
  return request.status === 'AWAITING_AUTHORISATION' && request.expiresAt <= now ? 'EXPIRED' : request.status;
}

/** Open: addressed to no one, so whoever holds the link may answer it, which binds it to them. */
export const isOpen = (request: ConsentRequest) => request.subjectId === null && request.emailHash === null;

/**
 * Who may see a request: the partner that made it; the consumer it is addressed or bound
 * to; any consumer holding the link of an open one. An addressed request whose e-mail
 * matched no one is nobody's to see but the partner's. Staff have no use for them.
 */
export function mayReadRequest(viewer: Viewer, request: ConsentRequest): boolean {
  if (viewer.kind === 'partner') return viewer.partnerId === request.partnerId;
  if (viewer.kind === 'user') return request.subjectId === viewer.userId || isOpen(request);
  return false;
}

/**
 * Another party's request is reported as missing, with the same message: its existence is
 * not theirs to learn. A consumer who opened a link meant for someone else (or mistyped,
 * or one another consumer answered first) is told what to do in words that fit each case
 * alike, never which it is.
 */
export const requestNotFound = (id: string, viewer?: Viewer) =>
  viewer === undefined || viewer.kind === 'user'
    ? codedError(
        ErrorCode.NOT_FOUND,
        'This consent request is not open to you. It may be meant for someone else, or already answered, or ' +
          'the link may be incomplete: check that you are signed in with the e-mail address you gave the business, ' +
          'or ask the business for a new link.',
      )
    : notFound('Consent request', id);

/** Where the partner sends the consumer: the reference page opens the request, on Credence's public address. */
export const authorisationUrl = (request: ConsentRequest) =>
  `${publicBaseUrl()}/app/?consentRequest=${encodeURIComponent(request.id)}`;

/**
 * Where the consumer goes back once they answered, as OAuth's redirect: the partner's
 * registered URI with its state and the outcome added to the query (what it had kept).
 */
export function returnUrl(request: ConsentRequest): string | null {
  if (!request.redirectUri || (request.status !== 'AUTHORISED' && request.status !== 'REJECTED')) return null;
  const url = new URL(request.redirectUri);
  if (request.state !== null) url.searchParams.set('state', request.state);
  url.searchParams.set('outcome', request.status);
  return url.toString();
}

/** A partner asking for consent (its @requiresViewer admits partners only): registered and not suspended. */
export async function requireRequester(
  viewer: Viewer,
  loaders: ConsentLoaders,
  standing: AccountStanding,
): Promise<string> {
  await requireActivePartner(loaders.partnerAccessById, viewer, standing);
  return viewerIdOf(viewer, 'partner');
}

/** consentRequest(id): the request if this viewer may see it; otherwise NOT_FOUND, as for a missing one. */
export async function findVisibleRequest(
  viewer: Viewer,
  loaders: ConsentLoaders,
  standing: AccountStanding,
  id: string,
): Promise<ConsentRequest> {
  await requireActivePartner(loaders.partnerAccessById, viewer, standing);
  const request = await loaders.consentRequestById.load(requireWellFormedId(id));
  if (!request || !mayReadRequest(viewer, request)) throw requestNotFound(id, viewer);
  return request;
}

/** The stored conditions that give a status as `requestStatus` computes it, so lists filter in SQL. */
function statusWhere(status: ConsentRequestStatus | null | undefined, now: Date): FindOptionsWhere<ConsentRequest> {
  switch (status) {
    case 'AWAITING_AUTHORISATION':
      return { status, expiresAt: MoreThan(now) };
    case 'EXPIRED':
      return { status: 'AWAITING_AUTHORISATION', expiresAt: LessThanOrEqual(now) };
    case 'AUTHORISED':
    case 'REJECTED':
    case 'CANCELLED':
      return { status };
    default:
      return {};
  }
}

/**
 * myConsentRequests (the consumer's: `{ subjectId }`) and consentRequestsMadeByMe (the
 * partner's own: `{ partnerId }`): a page, newest first, in two queries.
 */
export function requestPage(
  dataSource: DataSource,
  owner: { subjectId: string } | { partnerId: string },
  status: ConsentRequestStatus | null | undefined,
  page: PageRequest,
) {
  const query = dataSource
    .getRepository(ConsentRequest)
    .createQueryBuilder('request')
    .where({ ...owner, ...statusWhere(status, new Date()) });
  return connectionOfQuery(query, page, { property: 'createdAt' });
}

import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { codedError, ErrorCode } from '../../../shared/errors';
import { SubgraphDatabase } from '../../../shared/store/database';
import { callSubgraph, fetchEntities, SubgraphUrls } from '../../../shared/trust/internal-client';
import { ANONYMOUS } from '../../../shared/trust/viewer';
import { withSubjectLocked } from '../subject-lock';
import { addFeedLines } from '../feed/feed-lines';
import { Consent } from '../entities/Consent';
import { ConsentRequest } from '../entities/ConsentRequest';
import { ErasureRequest } from '../entities/ErasureRequest';
import { Notification } from '../entities/Notification';
import {
  emailHash,
  RequestConsentInput,
  requestExpiry,
  requestRedirectUri,
  validateRequestTerms,
} from './request-terms';

/** Unanswered requests a partner may have at once: per addressed e-mail, and open ones in all. */
export const AWAITING_LIMITS = { perEmail: 5, open: 100 };

const CONSUMER_BY_EMAIL = `query ConsumerByEmail($email: String!) { consumerIdByEmail(email: $email) }`;

/** The users subgraph's internal lookup; the answer stays in this subgraph. */
async function consumerIdByEmail(peers: SubgraphUrls, email: string): Promise<string | null> {
  const data = await callSubgraph<{ consumerIdByEmail: string | null }>(
    peers,
    'users',
    'consent',
    ANONYMOUS,
    CONSUMER_BY_EMAIL,
    { email },
  );
  return data.consumerIdByEmail;
}

/** The partner's registered redirect URI, from the users subgraph that keeps partners' settings. */
async function registeredRedirectUri(peers: SubgraphUrls, partnerId: string): Promise<string | null> {
  const [partner] = await fetchEntities<{ redirectUri: string | null }>(
    peers,
    'users',
    'consent',
    ANONYMOUS,
    'Partner',
    'redirectUri',
    [partnerId],
  );
  return partner?.redirectUri ?? null;
}

const sameScopes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** One awaiting request per consumer and scopes: asking again would show the consumer the same question twice. */
function refuseDuplicate(awaiting: readonly Pick<ConsentRequest, 'id' | 'scopes'>[], scopes: readonly string[]): void {
  const same = awaiting.find((request) => sameScopes(request.scopes, scopes));
  if (!same) return;
  throw codedError(
    ErrorCode.CONSENT_REQUEST_DUPLICATE,
    `Your consent request ${same.id} for the same scopes is still awaiting this consumer's answer: follow it, or cancel it first.`,
    { consentRequestId: same.id },
  );
}

/** The scopes this consumer's active consents already give the partner. */
async function grantedScopes(manager: EntityManager, subjectId: string, partnerId: string, now: Date) {
  const consents = await manager.getRepository(Consent).find({
    select: { scopes: true },
    where: { subjectId, partnerId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
  });
  return new Set(consents.flatMap((consent) => consent.scopes));
}

/** A consumer is never asked again for what they already gave: the partner reads with the consent it holds. */
function refuseGranted(granted: ReadonlySet<string>, scopes: readonly string[]): void {
  const already = scopes.filter((scope) => granted.has(scope));
  if (!already.length) return;
  throw codedError(
    ErrorCode.CONSENT_ALREADY_GRANTED,
    `This consumer already granted you ${already.join(', ')}: read with the consent you hold, and ask only for other scopes.`,
    { scopes: already },
  );
}

/**
 * A partner asks for consent. Addressed by e-mail, the request belongs to the consumer
 * with that address, if there is one; the partner's answer is the same either way (the
 * same fields, the same limit, counted on the address's hash), so it learns nothing of
 * who is a Credence consumer. Without an e-mail it is open: the consumer the partner
 * sends to its link answers it.
 */
export async function requestConsent(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  partnerId: string,
  input: RequestConsentInput,
  now = new Date(),
): Promise<ConsentRequest> {
  const { email, ...terms } = validateRequestTerms(input);
  const hash = email && emailHash(email);
  const redirectUri = requestRedirectUri(await registeredRedirectUri(peers, partnerId), input.redirectUri, terms.state);
  const found = email ? await consumerIdByEmail(peers, email) : null;
  // An address that is no consumer's takes the same steps under a stand-in id (see sameWorkSubject).
  const lockSubject = found ?? (hash ? sameWorkSubject(hash) : null);
  return withAwaitingCounted(
    database.dataSource,
    `consent_request:${partnerId}:${hash ?? 'open'}`,
    lockSubject,
    async (manager) => {
      // The users subgraph forgets the address only after this subgraph's erasure step: a
      // consumer erased meanwhile is no one, or the request would keep their id for good.
      const erased =
        lockSubject !== null && (await manager.getRepository(ErasureRequest).existsBy({ subjectId: lockSubject }));
      const subjectId = found && !erased ? found : null;
      const rows = manager.getRepository(ConsentRequest);
      const awaiting = await rows.find({
        select: { id: true, scopes: true },
        where: { partnerId, emailHash: hash ?? IsNull(), status: 'AWAITING_AUTHORISATION', expiresAt: MoreThan(now) },
      });
      if (hash) {
        refuseDuplicate(awaiting, terms.scopes);
        // the stand-in id of an address that is no one's finds no consent: the same statement either way
        refuseGranted(await grantedScopes(manager, subjectId ?? lockSubject!, partnerId, now), terms.scopes);
      }
      const limit = hash ? AWAITING_LIMITS.perEmail : AWAITING_LIMITS.open;
      if (awaiting.length >= limit) {
        const whom = hash ? 'for this consumer' : 'open';
        throw codedError(
          ErrorCode.CONSENT_REQUEST_LIMIT,
          `You have ${limit} unanswered consent requests ${whom}: wait for an answer or for one to expire.`,
        );
      }
      const request = Object.assign(new ConsentRequest(), {
        id: randomUUID(),
        partnerId,
        status: 'AWAITING_AUTHORISATION',
        subjectId,
        emailHash: hash,
        ...terms,
        redirectUri,
        createdAt: now,
        expiresAt: requestExpiry(now),
        answeredAt: null,
        cancelledAt: null,
        consentId: null,
      });
      await rows.insert(request);
      // The addressed consumer hears of it in their feed, in the same transaction; for an
      // address that is no one's, the same unique-index probe on the feed, writing nothing.
      const sourceKey = `consent-request:${request.id}`;
      if (subjectId) {
        await addFeedLines(manager, [
          {
            subjectId,
            kind: 'CONSENT_REQUEST_RECEIVED',
            sourceKey,
            occurredAt: now,
            partnerId,
            consentRequestId: request.id,
          },
        ]);
      } else if (hash) {
        await manager.getRepository(Notification).existsBy({ sourceKey });
      }
      return request;
    },
  );
}

/**
 * The id an addressed request that matched no consumer locks and looks up in place of
 * one, derived from the address's hash (so requests to one address take turns, as a
 * member's do). The partner's answer must not tell whether the address is a consumer's:
 * not by its fields (the same either way) nor by its time. So both paths send the same
 * statements and the same subgraph calls: the users look-up, the subject lock (upsert and
 * delete), the erasure look-up, the count, the insert, and the feed's write or its
 * unique-index probe. test/e2e/consent-requests.test.ts counts them; `npm run bench` times them.
 */
const sameWorkSubject = (hash: string) => hash.slice(0, 36);

/**
 * Counting and inserting take turns per partner and address, so that requests sent at
 * once cannot all pass the count: on PostgreSQL under a transaction-scoped advisory lock
 * on `key`, on SQLite under its one writer (TypeORM runs its transactions one at a time).
 * A request naming a consumer also holds the consumer's lock (taken first, as erasure
 * takes it), so an erasure either sees the request and unlinks it, or is seen by it.
 */
function withAwaitingCounted<T>(
  dataSource: DataSource,
  key: string,
  subjectId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const transaction = <R>(inner: (manager: EntityManager) => Promise<R>) =>
    subjectId ? withSubjectLocked(dataSource, subjectId, inner) : dataSource.transaction(inner);
  return transaction(async (manager) => {
    if (dataSource.options.type === 'postgres')
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    return work(manager);
  });
}

import { wholeNumberFromEnv } from '../../../shared/env';
import { badUserInput, notFound } from '../../../shared/errors';
import { HOUR_MS } from '../../../shared/time';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphDatabase } from '../../../shared/store/database';
import { PageRequest } from '../../../shared/store/pagination';
import { connectionOfQuery } from '../../../shared/store/query-page';
import { WebhookDelivery } from '../entities/WebhookDelivery';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';
import { encryptSecret, newWebhookSecret } from './webhook-secret';
import { WebhookNetworkPolicy } from './webhook-transport';

/**
 * http(s) only, absolute, no credentials in it; https alone in production, where events
 * carry consumers' ids; not an address in a closed network (see webhook-transport.ts).
 */
function validEndpointUrl(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('The webhook URL is not a valid absolute URL.', 'url');
  }
  const allowed = env.NODE_ENV === 'production' ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol))
    throw badUserInput(`The webhook URL must use ${allowed.join(' or ').replace(/:/g, '')}.`, 'url');
  if (url.username || url.password) throw badUserInput('The webhook URL must not carry credentials.', 'url');
  if (text.length > 2000) throw badUserInput('The webhook URL is longer than 2000 characters.', 'url');
  WebhookNetworkPolicy.fromEnv(env).refuseClosedLiteral(url);
  return url.toString();
}

/**
 * Sets (or replaces) the partner's endpoint and issues a new secret, returned this once.
 * Setting it again re-enables an endpoint staff disabled: the partner has fixed it.
 */
export async function setWebhookEndpoint(
  database: SubgraphDatabase,
  partnerId: string,
  urlText: string,
  now = new Date(),
) {
  const url = validEndpointUrl(urlText);
  const secret = newWebhookSecret();
  const endpoints = database.dataSource.getRepository(WebhookEndpoint);
  const existing = await endpoints.findOneBy({ partnerId });
  const endpoint = Object.assign(existing ?? new WebhookEndpoint(), {
    partnerId,
    url,
    encryptedSecret: encryptSecret(secret),
    // a new endpoint starts clean: only its own secret signs
    previousEncryptedSecret: null,
    previousSecretExpiresAt: null,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    disabledAt: null,
  });
  await endpoints.save(endpoint);
  return { endpoint, secret };
}

/** CREDENCE_WEBHOOK_SECRET_OVERLAP_HOURS (24): how long a rotated-out secret still signs beside the new one. */
export function secretOverlapHours(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumberFromEnv(env, 'CREDENCE_WEBHOOK_SECRET_OVERLAP_HOURS', 24, 'hours');
}

const MAX_OVERLAP_HOURS = 168;

/**
 * A new secret for the partner's endpoint, returned this once. The old one goes on signing
 * beside it for `overlapHours` (deliveries carry both signatures, as Standard Webhooks
 * allows), so the partner can deploy the new secret without refusing a delivery; 0 stops
 * it at once (a leaked secret). A secret already overlapping is dropped: two at most.
 */
export async function rotateWebhookSecret(
  database: SubgraphDatabase,
  partnerId: string,
  overlapHours: number | null | undefined,
  now = new Date(),
) {
  const hours = overlapHours ?? secretOverlapHours();
  if (!Number.isInteger(hours) || hours < 0 || hours > MAX_OVERLAP_HOURS)
    throw badUserInput(`overlapHours must be a whole number from 0 to ${MAX_OVERLAP_HOURS}.`, 'overlapHours');
  const endpoints = database.dataSource.getRepository(WebhookEndpoint);
  const endpoint = await endpoints.findOneBy({ partnerId });
  if (!endpoint) throw badUserInput('Set a webhook endpoint first (setWebhookEndpoint).');
  const secret = newWebhookSecret();
  Object.assign(endpoint, {
    previousEncryptedSecret: hours > 0 ? endpoint.encryptedSecret : null,
    previousSecretExpiresAt: hours > 0 ? new Date(now.getTime() + hours * HOUR_MS) : null,
    encryptedSecret: encryptSecret(secret),
    updatedAt: now,
  });
  await endpoints.save(endpoint);
  return { endpoint, secret };
}

export async function disableWebhookEndpoint(database: SubgraphDatabase, partnerIdText: string, now = new Date()) {
  const partnerId = requireWellFormedId(partnerIdText, 'partnerId');
  const endpoints = database.dataSource.getRepository(WebhookEndpoint);
  await endpoints.update({ partnerId }, { disabledAt: now, updatedAt: now });
  const endpoint = await endpoints.findOneBy({ partnerId });
  if (!endpoint) throw notFound('Webhook endpoint of partner', partnerIdText);
  return endpoint;
}

/** A page of the partner's deliveries, newest first: two queries whatever the page size. */
export function recentDeliveries(database: SubgraphDatabase, partnerId: string, page: PageRequest) {
  const query = database.dataSource
    .getRepository(WebhookDelivery)
    .createQueryBuilder('delivery')
    .where('delivery.partnerId = :partnerId', { partnerId });
  return connectionOfQuery(query, page, { property: 'createdAt' });
}

import { SubgraphDatabase } from '../../../shared/store/database';
import { Outbox } from '../../../shared/store/outbox';
import { pollOutbox } from '../../../shared/store/outbox-poller';
import { isSuspended } from '../decision/partner-suspension';
import { WebhookDelivery } from '../entities/WebhookDelivery';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';
import { decryptSecret } from './webhook-secret';
import { webhookHeaders } from './webhook-signature';
import { postWebhook, WebhookNetworkPolicy } from './webhook-transport';
import { DeliveryFailure, httpErrorClass, transportErrorClass } from './delivery-errors';
import { wholeNumberFromEnv } from '../../../shared/env';

/** 0.5 s doubling up to an hour: a partner's endpoint may be down for a while, and polls should not hammer it. */
const retryDelayMs = (attempts: number) => Math.min(3_600_000, 250 * 2 ** attempts);

const webhookOutbox = (database: SubgraphDatabase) =>
  new Outbox(database.dataSource, WebhookDelivery, { retryDelayMs });

/**
 * POSTs one event to its partner's endpoint as it is configured now (so a fixed URL or a
 * rotated secret applies to what is still pending). Anything but a 2xx is a failure the
 * outbox retries; a disabled endpoint's events wait, failing, until it is set again, and
 * a suspended partner's until it is reinstated. What failed is recorded as a class
 * (delivery-errors.ts), which the partner reads back; the detail goes to the log.
 */
/** The secrets that sign now: the current one, and the one a rotation replaced while its overlap lasts. */
function signingSecrets(endpoint: WebhookEndpoint, now: Date): string[] {
  const previous =
    endpoint.previousEncryptedSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now
      ? [decryptSecret(endpoint.previousEncryptedSecret)]
      : [];
  return [decryptSecret(endpoint.encryptedSecret), ...previous];
}

const sendWebhook =
  (database: SubgraphDatabase, networks: WebhookNetworkPolicy) =>
  async (delivery: WebhookDelivery, signal: AbortSignal) => {
    const endpoint = await database.dataSource
      .getRepository(WebhookEndpoint)
      .findOneBy({ partnerId: delivery.partnerId });
    if (!endpoint || endpoint.disabledAt) throw new DeliveryFailure('ENDPOINT_DISABLED');
    // A suspended partner reads nothing, consumers' ids in notices included: they wait for its reinstatement.
    if (await isSuspended(database.dataSource.manager, delivery.partnerId))
      throw new DeliveryFailure('PARTNER_SUSPENDED');
    const headers = webhookHeaders(signingSecrets(endpoint, new Date()), delivery.id, delivery.body);
    const status = await postWebhook(networks, endpoint.url, headers, delivery.body, signal).catch((error: Error) => {
      // The detail (address, resolver or certificate error) is for Credence's operators only.
      const errorClass = transportErrorClass(error);
      console.warn(
        `[credence] webhook ${delivery.id} to partner ${delivery.partnerId} failed (${errorClass}): ${error.message}`,
      );
      throw new DeliveryFailure(errorClass);
    });
    if (status < 200 || status > 299) throw new DeliveryFailure(httpErrorClass(status));
  };

/**
 * Every consent replica polls the webhook outbox (CREDENCE_WEBHOOK_POLL_MS, default 1 s),
 * delivering only to the networks CREDENCE_WEBHOOK_ALLOWED_NETWORKS leaves open.
 */
export function startWebhookDispatcher(
  database: SubgraphDatabase,
  intervalMs = wholeNumberFromEnv(process.env, 'CREDENCE_WEBHOOK_POLL_MS', 1000, 'milliseconds'),
  networks = WebhookNetworkPolicy.fromEnv(),
) {
  return pollOutbox(webhookOutbox(database), { name: 'webhook', intervalMs, send: sendWebhook(database, networks) });
}

import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { dueNow } from '../../../shared/store/outbox-item';
import { Consent } from '../entities/Consent';
import { WebhookDelivery } from '../entities/WebhookDelivery';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';

/**
 * What a partner may be told, by `type` in the body. New journeys add to this list
 * (consent_request.approved / declined come with partner-initiated requests).
 */
export const WEBHOOK_EVENT_TYPES = ['consent.granted', 'consent.revoked', 'consent.expired', 'subject.erased'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

type ConsentFacts = Pick<Consent, 'id' | 'subjectId' | 'partnerId' | 'scopes' | 'expiresAt'>;

/**
 * The Standard Webhooks body: `type`, `timestamp` and `data`, where data is the consent,
 * its subject and scopes and nothing else (no purpose, no score, no name).
 */
export function eventBody(type: WebhookEventType, consent: ConsentFacts, at: Date): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data: { consentId: consent.id, subjectId: consent.subjectId, scopes: consent.scopes } });
}

/**
 * Queues one event per consent for its partner, inside the caller's transaction, so the
 * notice exists exactly when the change does. A partner without an endpoint is not
 * queued for; a disabled endpoint's events wait for it. One query whatever the count.
 */
export async function queueWebhookEvents(manager: EntityManager, type: WebhookEventType, consents: ConsentFacts[], at: Date | ((consent: ConsentFacts) => Date) = new Date()): Promise<void> {
  const occurredAt = typeof at === 'function' ? at : () => at;
  if (consents.length === 0) return;
  const endpoints = await manager.getRepository(WebhookEndpoint).findBy({ partnerId: In([...new Set(consents.map((c) => c.partnerId))]) });
  const subscribed = new Set(endpoints.map((endpoint) => endpoint.partnerId));
  const rows = consents
    .filter((consent) => subscribed.has(consent.partnerId))
    .map((consent) =>
      Object.assign(new WebhookDelivery(), {
        id: randomUUID(), partnerId: consent.partnerId, eventType: type, body: eventBody(type, consent, occurredAt(consent)), createdAt: new Date(),
        ...dueNow(),
      }),
    );
  if (rows.length) await manager.getRepository(WebhookDelivery).insert(rows);
}

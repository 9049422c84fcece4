import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { dueNow } from '../../../shared/store/outbox-item';
import { partnerIdCodec } from '../../../shared/trust/partner-ids';
import { Consent } from '../entities/Consent';
import { WebhookDelivery } from '../entities/WebhookDelivery';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';

/** What a partner may be told, by `type` in the body. New journeys add to this list. */
export const WEBHOOK_EVENT_TYPES = [
  'consent.granted',
  'consent.changed',
  'consent.revoked',
  'consent.expired',
  'subject.erased',
  'consent_request.approved',
  'consent_request.declined',
  'dispute.opened',
  'dispute.information_added',
  'dispute.expired',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** One notice for one partner: what happened, when, and the few facts it may learn. */
export interface WebhookEvent {
  partnerId: string;
  at: Date;
  data: Record<string, unknown>;
}

type ConsentFacts = Pick<Consent, 'id' | 'subjectId' | 'partnerId' | 'scopes' | 'expiresAt'>;

/** A consent's event: the consent, its subject (by the internal id until eventBody) and scopes, nothing else (no purpose, no score, no name). */
export const consentEvent = (consent: ConsentFacts, at: Date): WebhookEvent => ({
  partnerId: consent.partnerId,
  at,
  data: { consentId: consent.id, subjectId: consent.subjectId, scopes: consent.scopes },
});

/**
 * The Standard Webhooks body: `type`, `timestamp` and `data`. Written here for every
 * event, so here the consumer it names (`subjectId`) becomes the receiving partner's id
 * for them (partner-ids.ts): what the partner reads anywhere else, and gives back.
 */
export function eventBody(type: WebhookEventType, event: WebhookEvent): string {
  const { subjectId } = event.data;
  const data =
    typeof subjectId === 'string'
      ? { ...event.data, subjectId: partnerIdCodec().encode(event.partnerId, subjectId) }
      : event.data;
  return JSON.stringify({ type, timestamp: event.at.toISOString(), data });
}

/**
 * Queues the events for their partners, inside the caller's transaction, so the notice
 * exists exactly when the change does. A partner without an endpoint is not queued
 * for; a disabled endpoint's events wait for it. One query whatever the count.
 */
export async function queueWebhookEvents(
  manager: EntityManager,
  type: WebhookEventType,
  events: WebhookEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const endpoints = await manager
    .getRepository(WebhookEndpoint)
    .findBy({ partnerId: In([...new Set(events.map((e) => e.partnerId))]) });
  const subscribed = new Set(endpoints.map((endpoint) => endpoint.partnerId));
  const rows = events
    .filter((event) => subscribed.has(event.partnerId))
    .map((event) =>
      Object.assign(new WebhookDelivery(), {
        id: randomUUID(),
        partnerId: event.partnerId,
        eventType: type,
        body: eventBody(type, event),
        createdAt: new Date(),
        ...dueNow(),
      }),
    );
  if (rows.length) await manager.getRepository(WebhookDelivery).insert(rows);
}

/** One event per consent, at one time or at a time of each consent's own (its expiry, say). */
export function queueConsentEvents(
  manager: EntityManager,
  type: WebhookEventType,
  consents: ConsentFacts[],
  at: Date | ((consent: ConsentFacts) => Date) = new Date(),
): Promise<void> {
  const occurredAt = typeof at === 'function' ? at : () => at;
  return queueWebhookEvents(
    manager,
    type,
    consents.map((consent) => consentEvent(consent, occurredAt(consent))),
  );
}

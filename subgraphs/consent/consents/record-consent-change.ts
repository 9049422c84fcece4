import { EntityManager } from 'typeorm';
import { Consent } from '../entities/Consent';
import { NotificationKind } from '../entities/Notification';
import { addFeedLines, Notice } from '../feed/feed-lines';
import { issueGivenReceipt, issueReceipts } from '../receipts/issue-receipts';
import { CollectionMethod } from '../receipts/receipt-claims';
import { queueConsentEvents, WebhookEventType } from '../webhooks/webhook-events';

/** What happened to a consent, as its lifecycle sites tell it. */
export type ConsentChange = 'GIVEN' | 'AMENDED' | 'WITHDRAWN' | 'EXPIRED' | 'SUBJECT_ERASED';

interface FanOut {
  /** the consumer's signed receipt; none once the subject is erased (receipts name them, and go) */
  receipt: boolean;
  /** the partner's webhook */
  webhook: WebhookEventType;
  /** the consumer's alert, where they did not make the change themselves */
  alert: NotificationKind | null;
}

/** Who hears of each change: written once, so every site that changes a consent tells the same parties. */
const FAN_OUT: Record<ConsentChange, FanOut> = {
  GIVEN: { receipt: true, webhook: 'consent.granted', alert: null },
  AMENDED: { receipt: true, webhook: 'consent.changed', alert: null },
  WITHDRAWN: { receipt: true, webhook: 'consent.revoked', alert: null },
  EXPIRED: { receipt: true, webhook: 'consent.expired', alert: 'CONSENT_EXPIRED' },
  SUBJECT_ERASED: { receipt: false, webhook: 'subject.erased', alert: null },
};

/** An alert about one consent; its source key makes it once per consent and kind. */
export const consentNotice = (kind: NotificationKind, consent: Consent, occurredAt: Date): Notice => ({
  subjectId: consent.subjectId,
  kind,
  sourceKey: `${kind}:${consent.id}`,
  occurredAt,
  partnerId: consent.partnerId,
  consentId: consent.id,
  detail: { scopes: consent.scopes.join(','), expiresAt: consent.expiresAt.toISOString() },
});

/**
 * Tells everyone a consent change concerns, inside the caller's transaction so each
 * notice exists exactly when the change does: the consumer's receipt, the partner's
 * webhook and, where the consumer did not act themselves, their alert. `at` is when the
 * change took effect (an expiry's is each consent's own expiry, noticed later); a new
 * consent's receipt names how it was collected.
 */
export async function recordConsentChange(
  manager: EntityManager,
  change: ConsentChange,
  consents: Consent[],
  at: Date | ((consent: Consent) => Date),
  collectionMethod: CollectionMethod = 'consumer grant',
): Promise<void> {
  const { receipt, webhook, alert } = FAN_OUT[change];
  const times = new Map(consents.map((consent) => [consent.id, typeof at === 'function' ? at(consent) : at]));
  const effectiveAt = ({ id }: { id: string }) => times.get(id) as Date;
  if (receipt && change === 'GIVEN')
    for (const consent of consents) await issueGivenReceipt(manager, consent, collectionMethod);
  else if (receipt)
    await issueReceipts(manager, change as Exclude<ConsentChange, 'GIVEN' | 'SUBJECT_ERASED'>, consents, effectiveAt);
  await queueConsentEvents(manager, webhook, consents, effectiveAt);
  if (alert)
    await addFeedLines(
      manager,
      consents.map((consent) => consentNotice(alert, consent, effectiveAt(consent))),
    );
}

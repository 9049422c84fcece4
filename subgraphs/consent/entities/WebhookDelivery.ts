import { Column, Entity, Index } from 'typeorm';
import { OutboxItem } from '../../../shared/store/outbox-item';
import { TimestampColumn } from '../../../shared/store/columns';

/**
 * The webhook outbox: one row per event per partner, written in the same transaction as
 * the change it announces. Its id is the `webhook-id` header, the same on every retry,
 * so a receiver can de-duplicate; the body is fixed when the event happens.
 */
@Entity({ name: 'webhook_delivery' })
@Index('idx_webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('idx_webhook_delivery_claim', ['claimToken'])
@Index('idx_webhook_delivery_partner', ['partnerId', 'createdAt'])
export class WebhookDelivery extends OutboxItem {
  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 60 })
  eventType: string;

  @Column({ type: 'text' })
  body: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

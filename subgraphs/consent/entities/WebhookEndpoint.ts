import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/**
 * Where a partner wants its notifications, one per partner. The signing secret must be
 * recoverable to sign each delivery, so it is kept encrypted (webhooks/webhook-secret.ts),
 * never in clear and never shown again after it was issued.
 */
@Entity({ name: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ name: 'encrypted_secret', type: 'varchar', length: 300 })
  encryptedSecret: string;

  /** the secret a rotation replaced, still signing beside the new one until previousSecretExpiresAt */
  @Column({ name: 'previous_encrypted_secret', type: 'varchar', length: 300, nullable: true })
  previousEncryptedSecret: string | null;

  @TimestampColumn({ name: 'previous_secret_expires_at', nullable: true })
  previousSecretExpiresAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;

  /** set by staff; deliveries wait (stay PENDING) until the partner sets its endpoint again */
  @TimestampColumn({ name: 'disabled_at', nullable: true })
  disabledAt: Date | null;
}

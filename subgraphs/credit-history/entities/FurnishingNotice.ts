import { Column, Entity, Index } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';
import { OutboxItem } from '../../../shared/store/outbox-item';

/**
 * The outbox of furnishing notices: what one call or file chunk reported about one
 * consumer, written in the transaction that applied it, delivered to the consent
 * subgraph's feed (recordFurnishingNotices) and retried until recorded.
 */
@Entity({ name: 'furnishing_notice' })
@Index('idx_furnishing_notice_due', ['status', 'nextAttemptAt'])
@Index('idx_furnishing_notice_claim', ['claimToken'])
@Index('idx_furnishing_notice_user', ['userId'])
export class FurnishingNotice extends OutboxItem {
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  /** the kinds of the accounts reported on, comma-separated */
  @Column({ name: 'account_kinds', type: 'varchar', length: 100 })
  accountKinds: string;

  @Column({ name: 'on_time', type: 'integer' })
  onTime: number;

  @Column({ type: 'integer' })
  late: number;

  @Column({ type: 'integer' })
  defaulted: number;

  @Column({ name: 'max_days_late', type: 'integer' })
  maxDaysLate: number;

  /** of the late records, those still unpaid when reported: their days late ran to that day, not to a payment */
  @Column({ name: 'unpaid_late', type: 'integer', default: 0 })
  unpaidLate: number;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;
}

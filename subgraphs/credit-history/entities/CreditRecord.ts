import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateColumn, EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type RecordKind = 'CREDIT_CARD_REPAYMENT' | 'LOAN_REPAYMENT' | 'UTILITY_PAYMENT';
export type PaymentStatus = 'ON_TIME' | 'LATE' | 'DEFAULTED';

/** One payment that fell due: the raw material of payment history. */
@Entity({ name: 'credit_record' })
@Index('idx_credit_record_user', ['userId', 'dueOn', 'id'])
// One record per account and due date: a furnisher reporting it again updates it. The same index serves an
// account's pages (by due date, the id breaking no tie): one index fewer for each furnished record to enter.
@Index('uq_credit_record_account_due', ['accountId', 'dueOn'], { unique: true })
// Records a dispute took off the file, by consumer: few, so a furnishing call's re-report check reads only these.
@Index('idx_credit_record_suppressed', ['userId'], { where: 'suppressed_at IS NOT NULL' })
// The late and defaulted records on file, by consumer: the payment-history class after each furnishing step reads only these.
@Index('idx_credit_record_adverse', ['userId', 'status'], {
  where: "status IN ('LATE', 'DEFAULTED') AND suppressed_at IS NULL",
})
export class CreditRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @EnumColumn()
  kind: RecordKind;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @DateColumn({ name: 'due_on' })
  dueOn: string;

  @DateColumn({ name: 'paid_on', nullable: true })
  paidOn: string | null;

  @EnumColumn()
  status: PaymentStatus;

  @Column({ name: 'days_late', type: 'integer' })
  daysLate: number;

  /** who reported the record: a bank, a card issuer, a utility; a furnisher's name as it was when it reported */
  @Column({ type: 'varchar', length: 120 })
  source: string;

  /** the partner that furnished the record; null for records no partner furnished (the demo's) */
  @Column({ name: 'furnisher_id', type: 'varchar', length: 36, nullable: true })
  furnisherId: string | null;

  /**
   * When the record left the file: its furnisher deleted it, or did not answer its
   * dispute by the deadline. The row stays (its dispute points at it, the consumer's
   * export shows it); no list shows it and nothing derived from records counts it.
   */
  @TimestampColumn({ name: 'suppressed_at', nullable: true })
  suppressedAt: Date | null;

  /**
   * When its furnisher put it back on the file after a dispute had removed it, certifying
   * it complete and accurate (FCRA §611(a)(5)(B)); null otherwise.
   */
  @TimestampColumn({ name: 'reinstated_at', nullable: true })
  reinstatedAt: Date | null;
}

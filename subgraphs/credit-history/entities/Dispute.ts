import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { PaymentStatus } from './CreditRecord';

export type DisputeReason = 'NOT_MINE' | 'WRONG_AMOUNT' | 'PAID_ON_TIME' | 'WRONG_STATUS' | 'OTHER';
export type DisputeStatus = 'OPEN' | 'INVESTIGATING' | 'UPHELD' | 'REJECTED';

/** What an upheld dispute changed on its record: kept so the subject can see before and after. */
export interface RecordCorrection {
  previousStatus: PaymentStatus;
  previousDaysLate: number;
  previousPaidOn: string | null;
  status: PaymentStatus;
  daysLate: number;
  paidOn: string | null;
}

/** The subject's challenge of one credit record, from filing to a staff decision. */
@Entity({ name: 'dispute' })
@Index('idx_dispute_user', ['userId'])
@Index('idx_dispute_record', ['recordId'])
// At most one unresolved dispute per record, even when two requests race past the check.
@Index('uq_dispute_unresolved_record', ['recordId'], { unique: true, where: "status IN ('OPEN', 'INVESTIGATING')" })
export class Dispute {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'record_id', type: 'varchar', length: 36 })
  recordId: string;

  /** the data subject who filed it: the record's owner */
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @EnumColumn()
  reason: DisputeReason;

  @Column({ type: 'varchar', length: 2000 })
  details: string;

  @EnumColumn()
  status: DisputeStatus;

  @TimestampColumn({ name: 'filed_at' })
  filedAt: Date;

  /** filedAt + 30 days: the time the bureau has to investigate */
  @TimestampColumn()
  deadline: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;

  @TimestampColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolution_note', type: 'varchar', length: 2000, nullable: true })
  resolutionNote: string | null;

  @Column({ name: 'resolved_by_staff_id', type: 'varchar', length: 64, nullable: true })
  resolvedByStaffId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  correction: RecordCorrection | null;
}

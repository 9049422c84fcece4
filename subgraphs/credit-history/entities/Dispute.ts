import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { PaymentStatus } from './CreditRecord';

export type DisputeReason = 'NOT_MINE' | 'WRONG_AMOUNT' | 'PAID_ON_TIME' | 'WRONG_STATUS' | 'OTHER';
/**
 * Staff decide disputes of records nobody furnished (UPHELD, REJECTED); a furnished
 * record's furnisher answers (VERIFIED, CORRECTED, DELETED), and one it leaves
 * unanswered at the deadline EXPIRES, which takes the record off the file.
 */
export type DisputeStatus =
  'OPEN' | 'INVESTIGATING' | 'UPHELD' | 'REJECTED' | 'VERIFIED' | 'CORRECTED' | 'DELETED' | 'EXPIRED';

/** What an upheld dispute changed on its record: kept so the subject can see before and after. */
export interface RecordCorrection {
  previousStatus: PaymentStatus;
  previousDaysLate: number;
  previousPaidOn: string | null;
  status: PaymentStatus;
  daysLate: number;
  paidOn: string | null;
  /** absent from corrections made before amounts could be corrected */
  previousAmountCents?: number;
  amountCents?: number;
}

/** Information the consumer added to their undecided dispute, as the dispute keeps it. */
export interface AddedInformation {
  information: string;
  /** ISO time */
  addedAt: string;
  /** whether this addition extended the deadline to 45 days (the first within the first 30 days does) */
  extendedDeadline: boolean;
}

/** The subject's challenge of one credit record, from filing to a staff decision or the furnisher's answer. */
@Entity({ name: 'dispute' })
@Index('idx_dispute_user', ['userId'])
// a furnisher's disputes, newest first (disputesOfMyRecords)
@Index('idx_dispute_furnisher', ['furnisherId', 'filedAt', 'id'])
// the deadline sweep: undecided furnished disputes, nearest deadline first
@Index('idx_dispute_deadline', ['status', 'deadline'])
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

  /** filedAt + 30 days: the time the bureau has to investigate; filedAt + 45 days once extended */
  @TimestampColumn()
  deadline: Date;

  /** when the consumer's added information extended the deadline (at most once); null while it was not */
  @TimestampColumn({ name: 'deadline_extended_at', nullable: true })
  deadlineExtendedAt: Date | null;

  /** what the consumer added while it was undecided, oldest first (a few at most: see dispute-information.ts) */
  @Column({ name: 'added_information', type: 'simple-json', nullable: true })
  addedInformation: AddedInformation[] | null;

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

  /** the record's furnisher when it was filed, who answers it; null for a record nobody furnished (staff decide) */
  @Column({ name: 'furnisher_id', type: 'varchar', length: 36, nullable: true })
  furnisherId: string | null;
}

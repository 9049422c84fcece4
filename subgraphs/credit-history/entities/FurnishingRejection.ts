import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why one furnished record was not taken (FurnishingRejection in the schema). */
export interface RecordRejection {
  index: number;
  code:
    | 'CONSENT_REQUIRED'
    | 'BAD_USER_INPUT'
    | 'RECORD_REMOVED_BY_DISPUTE'
    | 'FORBIDDEN'
    | 'PARTNER_SUSPENDED'
    | 'UNAUTHENTICATED';
  message: string;
  field: string | null;
}

/** What reportCreditRecords answers (FurnishingResult), and what a replay of it returns. */
export interface FurnishingAnswer {
  accepted: number;
  rejected: RecordRejection[];
}

/** One line of a furnishing file that was not taken, and why; nothing of the line itself is kept. */
@Entity({ name: 'furnishing_rejection' })
export class FurnishingRejection {
  @PrimaryColumn({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  /** the line's index in the file, from 0 */
  @PrimaryColumn({ name: 'line_index', type: 'integer' })
  index: number;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  message: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  field: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/**
 * A consumer's freeze of their file: while `frozen`, every partner read of their
 * guarded data is refused (SUBJECT_FROZEN). An access-control fact, so it lives where
 * every read is decided. A consumer without a row has never frozen their file.
 */
@Entity({ name: 'file_freeze' })
export class FileFreeze {
  @PrimaryColumn({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'boolean' })
  frozen: boolean;

  /** when the file last really changed state: freezing a frozen file leaves it alone */
  @TimestampColumn({ name: 'changed_at' })
  changedAt: Date;
}

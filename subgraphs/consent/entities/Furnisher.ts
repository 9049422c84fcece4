import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/**
 * A partner staff allowed to furnish records (report consumers' accounts and payments):
 * an access-control fact, so it lives beside the suspension, where every furnishing is
 * decided. A partner without a row furnishes nothing; unmarking deletes the row.
 */
@Entity({ name: 'furnisher' })
export class Furnisher {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @TimestampColumn({ name: 'marked_at' })
  markedAt: Date;

  /** the staff member who marked it; null for the demo furnishers */
  @Column({ name: 'marked_by', type: 'varchar', length: 64, nullable: true })
  markedBy: string | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type PartnerAccessStatus = 'ACTIVE' | 'SUSPENDED';

/**
 * Whether a partner may read at all: an access-control fact, so it lives where every
 * read is decided and costs one primary-key lookup per decision batch. A partner
 * without a row has never been suspended. The partner itself belongs to the users
 * subgraph.
 */
@Entity({ name: 'partner_access' })
export class PartnerAccess {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @EnumColumn()
  status: PartnerAccessStatus;

  /** staff's reason for the suspension in force; null once reinstated */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @TimestampColumn({ name: 'changed_at' })
  changedAt: Date;

  /** the staff member who suspended or reinstated it */
  @Column({ name: 'changed_by', type: 'varchar', length: 64 })
  changedBy: string;
}

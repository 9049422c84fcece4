import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type PartnerCategory = 'BIKE_SHARING' | 'TRAVEL' | 'LENDING' | 'TELECOM' | 'RETAIL';

/** A business that may ask to see scores, and only sees what a user consented to. */
@Entity({ name: 'partner' })
export class Partner {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @EnumColumn()
  category: PartnerCategory;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

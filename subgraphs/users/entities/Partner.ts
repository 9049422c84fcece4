import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type PartnerCategory = 'BIKE_SHARING' | 'TRAVEL' | 'LENDING' | 'TELECOM' | 'RETAIL';

/**
 * A business that may ask to see scores, and only sees what a user consented to. Its
 * id is the subject of its tokens. Whether it is suspended is the consent subgraph's
 * to know: that is where every read is decided.
 */
@Entity({ name: 'partner' })
@Index('uq_partner_name', ['name'], { unique: true })
export class Partner {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @EnumColumn()
  category: PartnerCategory;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  /** where consumers return after answering its consent requests (registered, never taken from a request) */
  @Column({ name: 'redirect_uri', type: 'varchar', length: 500, nullable: true })
  redirectUri: string | null;

  /** the staff member who registered it; null for the demo partners */
  @Column({ name: 'registered_by', type: 'varchar', length: 64, nullable: true })
  registeredBy: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type FurnishingBatchStatus = 'RECEIVING' | 'PENDING' | 'PROCESSING' | 'COMPLETED' | 'STOPPED';

/** A furnisher's NDJSON file: its lines wait in chunks (FurnishingChunk) until processed. */
@Entity({ name: 'furnishing_batch' })
@Index('idx_furnishing_batch_partner', ['partnerId', 'createdAt'])
export class FurnishingBatch {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @EnumColumn()
  status: FurnishingBatchStatus;

  @Column({ type: 'integer', default: 0 })
  total: number;

  /** counted in the transaction that applies each chunk, so a chunk is never counted twice */
  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'integer', default: 0 })
  accepted: number;

  @Column({ name: 'rejected_count', type: 'integer', default: 0 })
  rejectedCount: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'stopped_reason', type: 'varchar', length: 500, nullable: true })
  stoppedReason: string | null;
}

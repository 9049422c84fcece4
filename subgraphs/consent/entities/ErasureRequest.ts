import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/** That a consumer asked to be erased, and when it was done: the record the law asks us to keep. */
@Entity({ name: 'erasure_request' })
@Index('idx_erasure_request_subject', ['subjectId'])
export class ErasureRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ name: 'consents_revoked', type: 'integer' })
  consentsRevoked: number;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  @TimestampColumn({ name: 'completed_at', nullable: true })
  completedAt: Date | null;
}

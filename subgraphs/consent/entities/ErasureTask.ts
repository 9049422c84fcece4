import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

/**
 * The outbox: one row per subgraph that still has to erase a subject. Written in the
 * same transaction as the request, so an erasure cannot be forgotten by a crash or a
 * subgraph that is down; the dispatcher retries until each row is DONE.
 */
@Entity({ name: 'erasure_task' })
@Index('idx_erasure_task_due', ['status', 'nextAttemptAt'])
@Index('idx_erasure_task_request', ['requestId'])
export class ErasureTask {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'varchar', length: 40 })
  subgraph: string;

  @EnumColumn()
  status: 'PENDING' | 'DONE';

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @TimestampColumn({ name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  @TimestampColumn({ name: 'next_attempt_at' })
  nextAttemptAt: Date;
}

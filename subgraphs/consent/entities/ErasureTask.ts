import { Column, Entity, Index } from 'typeorm';
import { OutboxItem } from '../../../shared/store/outbox-item';

/**
 * The outbox: one row per subgraph that still has to erase a subject. Written in the
 * same transaction as the request, so an erasure cannot be forgotten by a crash or a
 * subgraph that is down; any replica's dispatcher claims and retries it until DONE.
 */
@Entity({ name: 'erasure_task' })
@Index('idx_erasure_task_due', ['status', 'nextAttemptAt'])
@Index('idx_erasure_task_request', ['requestId'])
@Index('idx_erasure_task_claim', ['claimToken'])
export class ErasureTask extends OutboxItem {
  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'varchar', length: 40 })
  subgraph: string;
}

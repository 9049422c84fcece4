import { Column, Entity, Index } from 'typeorm';
import { OutboxItem } from '../../../shared/store/outbox-item';

/**
 * Up to 1,000 lines of a furnishing file, stored as they arrived and processed as one
 * unit: the transaction that applies them also marks the chunk done and counts it in
 * its batch, so a worker that dies mid-chunk leaves it to be claimed again (its lease
 * runs out) and nothing is applied twice. A chunk waits (next attempt in the far
 * future) until its file is complete. Its lines are cleared once processed: a file's
 * personal data lives only until then.
 */
@Entity({ name: 'furnishing_chunk' })
@Index('uq_furnishing_chunk_seq', ['batchId', 'seq'], { unique: true })
@Index('idx_furnishing_chunk_due', ['status', 'nextAttemptAt'])
@Index('idx_furnishing_chunk_claim', ['claimToken'])
export class FurnishingChunk extends OutboxItem {
  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId: string;

  /** the chunk's place in its file, from 0 */
  @Column({ type: 'integer' })
  seq: number;

  /** the index of its first line in the file, from 0 */
  @Column({ name: 'first_index', type: 'integer' })
  firstIndex: number;

  @Column({ name: 'line_count', type: 'integer' })
  lineCount: number;

  /** the lines, newline-separated; null once processed */
  @Column({ type: 'text', nullable: true })
  lines: string | null;
}

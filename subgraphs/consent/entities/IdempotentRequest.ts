import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type IdempotencyState = 'PENDING' | 'DONE';

/**
 * One Idempotency-Key a viewer sent with a mutation, and the first answer to it: a
 * retry with the same key and body gets that answer instead of a second effect. The key
 * is the viewer's own (another viewer's same key is another row). Kept a day.
 */
@Entity({ name: 'idempotent_request' })
@Index('idx_idempotent_request_created', ['createdAt'])
@Index('idx_idempotent_request_subject', ['subjectId'])
export class IdempotentRequest {
  /** kind and id of the viewer: user:<id>, partner:<id> or staff:<id> */
  @PrimaryColumn({ name: 'viewer_key', type: 'varchar', length: 80 })
  viewerKey: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** the consumer, when the viewer is one: their answers are theirs, erased with them */
  @Column({ name: 'subject_id', type: 'varchar', length: 36, nullable: true })
  subjectId: string | null;

  /** SHA-256 of the operation, its name and its variables */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @EnumColumn()
  state: IdempotencyState;

  /** the first answer's JSON body, once it is known */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  /** a PENDING claim older than this was abandoned (its gateway died): another request may take it over */
  @TimestampColumn({ name: 'lease_until' })
  leaseUntil: Date;
}

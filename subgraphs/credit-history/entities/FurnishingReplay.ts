import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';
import type { FurnishingAnswer } from './FurnishingRejection';

/**
 * The first answer to a reportCreditRecords call sent with an Idempotency-Key, written
 * in the transaction that applied it: a repeat of the key by the same partner is
 * answered from here and writes nothing. The answer names no consumer (record indexes,
 * codes and messages only).
 */
@Entity({ name: 'furnishing_replay' })
export class FurnishingReplay {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** a digest of the request: the same key with another request is refused, not replayed */
  @Column({ name: 'request_digest', type: 'varchar', length: 64 })
  requestDigest: string;

  /** null only inside the transaction that is applying the first call */
  @Column({ type: 'simple-json', nullable: true })
  answer: FurnishingAnswer | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/columns';

/** One computed score, kept when the inputs or the model change: the consumer's score history. */
@Entity({ name: 'score_snapshot' })
@Index('idx_score_snapshot_user', ['userId', 'computedAt'])
export class ScoreSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'integer' })
  value: number;

  @EnumColumn()
  band: string;

  @Column({ name: 'probability_of_default', type: 'double precision' })
  probabilityOfDefault: number;

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  /** sha-256 of the inputs: a new snapshot only when they (or the model) change */
  @Column({ name: 'inputs_digest', type: 'varchar', length: 64 })
  inputsDigest: string;

  @Column({ name: 'category_points', type: 'simple-json' })
  categoryPoints: Record<string, number>;

  @TimestampColumn({ name: 'computed_at' })
  computedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ScoreBand } from '../../../scorecard';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

/** One computed score, kept when the inputs or the model change: the consumer's score history. */
@Entity({ name: 'score_snapshot' })
@Index('idx_score_snapshot_user', ['userId', 'computedAt'])
// One successor per snapshot: two recomputes that both saw the same latest snapshot
// cannot both record a new one (the lock in store-scores.ts keeps them apart first).
@Index('uq_score_snapshot_successor', ['userId', 'supersedesId'], { unique: true })
export class ScoreSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'integer' })
  value: number;

  @EnumColumn()
  band: ScoreBand;

  @Column({ name: 'probability_of_default', type: 'double precision' })
  probabilityOfDefault: number;

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  /** sha-256 of the inputs: a new snapshot only when they (or the model) change */
  @Column({ name: 'inputs_digest', type: 'varchar', length: 64 })
  inputsDigest: string;

  /** the snapshot this one replaced; empty for a user's first */
  @Column({ name: 'supersedes_id', type: 'varchar', length: 36 })
  supersedesId: string;

  @Column({ name: 'category_points', type: 'simple-json' })
  categoryPoints: Record<string, number>;

  @TimestampColumn({ name: 'computed_at' })
  computedAt: Date;
}

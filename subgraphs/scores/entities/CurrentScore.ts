import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CategoryPoints, Reason, ScoreBand } from '../../../scorecard';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { ReviewedInput } from './ScoreReview';

/**
 * Each consumer's score in force, as the last recompute stored it: what every read
 * serves, so a read never fetches another subgraph's data nor runs the scorecard.
 * A recompute replaces it only with one computed from inputs at least as new (per
 * owner: credit-history's version and users'), so an older change arriving late
 * never overwrites a newer one.
 */
@Entity({ name: 'current_score' })
// the model upgrade finds the scores an older model computed
@Index('idx_current_score_model', ['modelVersion', 'userId'])
export class CurrentScore {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'integer' })
  value: number;

  @EnumColumn()
  band: ScoreBand;

  @Column({ name: 'probability_of_default', type: 'double precision' })
  probabilityOfDefault: number;

  @Column({ type: 'simple-json' })
  categories: CategoryPoints[];

  @Column({ type: 'simple-json' })
  reasons: Reason[];

  /** each characteristic the score was computed from, with its bin and points: what a score review keeps */
  @Column({ type: 'simple-json' })
  inputs: ReviewedInput[];

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  /** sha-256 of the inputs, as the snapshots keep it */
  @Column({ name: 'inputs_digest', type: 'varchar', length: 64 })
  inputsDigest: string;

  /** credit-history's version of the credit-file inputs this score was computed from */
  @Column({ name: 'credit_inputs_version', type: 'integer' })
  creditInputsVersion: number;

  /** users' version of the stability facts this score was computed from */
  @Column({ name: 'profile_inputs_version', type: 'integer' })
  profileInputsVersion: number;

  /** the history entry (score_snapshot) of this score */
  @Column({ name: 'snapshot_id', type: 'varchar', length: 36 })
  snapshotId: string;

  /** when a score with these inputs and this model was first computed (the snapshot's time) */
  @TimestampColumn({ name: 'computed_at' })
  computedAt: Date;

  /** when this row was last written: computedAt unless a recompute found the same score again */
  @TimestampColumn({ name: 'stored_at' })
  storedAt: Date;
}

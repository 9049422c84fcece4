import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CategoryPoints, Reason } from '../../../scorecard';
import { TimestampColumn } from '../../../shared/store/columns';
import { ScoreFigures } from './ScoreFigures';
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
export class CurrentScore extends ScoreFigures {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'simple-json' })
  categories: CategoryPoints[];

  @Column({ type: 'simple-json' })
  reasons: Reason[];

  /** each characteristic the score was computed from, with its bin and points: what a score review keeps */
  @Column({ type: 'simple-json' })
  inputs: ReviewedInput[];

  /** credit-history's version of the credit-file inputs this score was computed from */
  @Column({ name: 'credit_inputs_version', type: 'integer' })
  creditInputsVersion: number;

  /** users' version of the stability facts this score was computed from */
  @Column({ name: 'profile_inputs_version', type: 'integer' })
  profileInputsVersion: number;

  /** the history entry (score_snapshot) of this score, whose computedAt it carries */
  @Column({ name: 'snapshot_id', type: 'varchar', length: 36 })
  snapshotId: string;

  /** when this row was last written: computedAt unless a recompute found the same score again */
  @TimestampColumn({ name: 'stored_at' })
  storedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { CategoryPoints, Reason, ScoreCategory } from '../../../scorecard';

export type ScoreReviewStatus = 'OPEN' | 'RESOLVED';
export type ScoreReviewOutcome = 'CONFIRMED' | 'NOT_CONFIRMED';

/** One characteristic as the scorecard saw it: what a reviewer (and the consumer) need to follow the logic. */
export interface ReviewedInput {
  characteristic: string;
  category: ScoreCategory;
  value: string;
  bin: string;
  points: number;
  maxPoints: number;
}

/**
 * A consumer's request that a person review their automated score (GDPR Art. 22),
 * with the score as it stood when they asked, and what it was computed from: the
 * reviewer examines that, not whatever the data say by the time they look.
 */
@Entity({ name: 'score_review' })
@Index('idx_score_review_user', ['userId', 'requestedAt'])
@Index('idx_score_review_queue', ['status', 'deadline'])
// One open review per consumer, even when two requests race past the check.
@Index('uq_score_review_open', ['userId'], { unique: true, where: "status = 'OPEN'" })
export class ScoreReview {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** the consumer's view, in their words */
  @Column({ type: 'varchar', length: 2000 })
  statement: string;

  @EnumColumn()
  status: ScoreReviewStatus;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Date;

  /** requestedAt + 30 days: the casework clock disputes run on too */
  @TimestampColumn()
  deadline: Date;

  @Column({ name: 'score_value', type: 'integer' })
  value: number;

  @EnumColumn({ name: 'score_band' })
  band: string;

  @Column({ name: 'probability_of_default', type: 'double precision' })
  probabilityOfDefault: number;

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  /** when a score with these inputs and this model was first computed */
  @TimestampColumn({ name: 'score_computed_at' })
  computedAt: Date;

  /** the score snapshot these inputs produced, when one was recorded */
  @Column({ name: 'snapshot_id', type: 'varchar', length: 36, nullable: true })
  snapshotId: string | null;

  @Column({ type: 'simple-json' })
  inputs: ReviewedInput[];

  @Column({ type: 'simple-json' })
  categories: CategoryPoints[];

  @Column({ type: 'simple-json' })
  reasons: Reason[];

  @EnumColumn({ nullable: true })
  outcome: ScoreReviewOutcome | null;

  /** the reviewer's answer, shown to the consumer */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @TimestampColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_staff_id', type: 'varchar', length: 64, nullable: true })
  resolvedByStaffId: string | null;
}

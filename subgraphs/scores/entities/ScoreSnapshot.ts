import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ScoreFigures } from './ScoreFigures';

/** One computed score, kept when the inputs or the model change: the consumer's score history. */
@Entity({ name: 'score_snapshot' })
@Index('idx_score_snapshot_user', ['userId', 'computedAt'])
// One successor per snapshot: two recomputes that both saw the same latest snapshot
// cannot both record a new one (the lock in store-scores.ts keeps them apart first).
@Index('uq_score_snapshot_successor', ['userId', 'supersedesId'], { unique: true })
export class ScoreSnapshot extends ScoreFigures {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** the snapshot this one replaced; empty for a user's first */
  @Column({ name: 'supersedes_id', type: 'varchar', length: 36 })
  supersedesId: string;

  @Column({ name: 'category_points', type: 'simple-json' })
  categoryPoints: Record<string, number>;
}

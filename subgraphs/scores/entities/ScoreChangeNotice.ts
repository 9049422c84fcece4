import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import { OutboxItem } from '../../../shared/store/outbox-item';
import type { ScoreChangeCause } from '../../../scorecard';

/**
 * The outbox of score-change notices: one row per stored score that moved (or that a
 * new scorecard recomputed), written in the transaction that stores it, delivered to
 * the consent subgraph's feed (recordScoreChangeNotices) and retried until recorded.
 */
@Entity({ name: 'score_change_notice' })
@Index('idx_score_change_notice_due', ['status', 'nextAttemptAt'])
@Index('idx_score_change_notice_claim', ['claimToken'])
@Index('idx_score_change_notice_user', ['userId'])
export class ScoreChangeNotice extends OutboxItem {
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'previous_value', type: 'integer' })
  previousValue: number;

  @Column({ type: 'integer' })
  value: number;

  @Column({ name: 'model_version', type: 'varchar', length: 40 })
  modelVersion: string;

  @EnumColumn()
  cause: ScoreChangeCause;

  @Column({ type: 'varchar', length: 1000 })
  message: string;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/** A distinct threshold a partner asked about, and when it first asked in the current window. */
export interface ThresholdCheck {
  threshold: number;
  /** epoch milliseconds */
  askedAt: number;
}

/**
 * The thresholds one partner has asked about one consumer within the last 24 hours:
 * at most CONSENT_THRESHOLD_CHECKS_PER_DAY entries, so deciding never reads the
 * access log. The row is also the lock that serialises concurrent decisions for
 * this pair, on every replica (see decision/threshold-quota.ts).
 */
@Entity({ name: 'threshold_quota' })
@Index('idx_threshold_quota_expiry', ['expiresAt'])
export class ThresholdQuota {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @PrimaryColumn({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ type: 'simple-json' })
  checks: ThresholdCheck[];

  /** when every check has left the window: the row may then be purged */
  @TimestampColumn({ name: 'expires_at' })
  expiresAt: Date;
}

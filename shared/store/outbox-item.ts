import { Column, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from './columns';

/**
 * The columns every outbox row carries, whatever it delivers (erasures, webhooks):
 * an entity extends this class and adds what it sends. Rows are written in the same
 * transaction as the change they announce, and `Outbox` claims and settles them.
 * An outbox entity should index (status, next_attempt_at), the poll, and
 * (claim_token), the claimer reading back what it claimed.
 */
export abstract class OutboxItem {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @EnumColumn()
  status: 'PENDING' | 'DONE';

  /** deliveries started, counted when claimed so that a claimer that died counts too */
  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @TimestampColumn({ name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  /**
   * When the row may next be claimed: while unclaimed, the time of its next retry;
   * while claimed, the end of the claim's lease. One column for both is what lets
   * another replica take over a row whose claimer died: its lease simply falls due.
   */
  @TimestampColumn({ name: 'next_attempt_at' })
  nextAttemptAt: Date;

  /** the current claim; only its holder may settle the row */
  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;
}

/** The columns the outbox itself sets: when a row is due, who holds it and how its deliveries went. */
export type ClaimColumns = Pick<
  OutboxItem,
  'status' | 'attempts' | 'lastError' | 'lastAttemptAt' | 'nextAttemptAt' | 'claimToken'
>;

/** The outbox columns of a row any poller may deliver at once (its writer does not deliver it itself). */
export const dueNow = (): ClaimColumns => ({
  status: 'PENDING',
  attempts: 0,
  lastError: null,
  lastAttemptAt: null,
  nextAttemptAt: new Date(0),
  claimToken: null,
});

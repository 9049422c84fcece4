import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import { OutboxItem } from '../../../shared/store/outbox-item';
import type { DisputeEvent, DisputeFurnisherFacts } from '../../../shared/consent/dispute-notice';
import type { DisputeStatus } from './Dispute';

/**
 * The outbox of dispute notices: one row per change of a dispute's state, written in
 * the same transaction as the change, delivered to the consent subgraph's feed
 * (recordDisputeNotice) and retried until it is recorded.
 */
@Entity({ name: 'dispute_notice' })
@Index('idx_dispute_notice_due', ['status', 'nextAttemptAt'])
@Index('idx_dispute_notice_claim', ['claimToken'])
@Index('idx_dispute_notice_user', ['userId'])
export class DisputeNotice extends OutboxItem {
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'dispute_id', type: 'varchar', length: 36 })
  disputeId: string;

  /** the status the dispute moved to, or is in when an event changes no status */
  @EnumColumn({ name: 'dispute_status' })
  disputeStatus: DisputeStatus;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;

  /** for a furnished record's dispute: what its furnisher is told (the consent subgraph queues its webhook) */
  @Column({ name: 'furnisher', type: 'simple-json', nullable: true })
  furnisher: DisputeFurnisherFacts | null;

  /** what happened besides a change of status; null for a change of status */
  @EnumColumn({ nullable: true })
  event: DisputeEvent | null;

  /** the event's facts: INFORMATION_ADDED's deadline, RECORD_REINSTATED's record */
  @Column({ name: 'event_facts', type: 'simple-json', nullable: true })
  eventFacts: DisputeEventFacts | null;
}

export type DisputeEventFacts =
  { deadline: string; deadlineExtended: boolean } | { accountKind: string; dueOn: string };

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

export type NotificationKind =
  | 'PARTNER_READ'
  | 'CONSENT_REQUEST_RECEIVED'
  | 'CONSENT_EXPIRING'
  | 'CONSENT_EXPIRED'
  | 'DISPUTE_UPDATED'
  | 'SCORE_CHANGED'
  | 'RECORDS_FURNISHED'
  | 'FILE_FROZEN'
  | 'FILE_UNFROZEN';

/**
 * One line of a consumer's alerts feed. Written in the same transaction as the event
 * that causes it; `source_key` names that event (a read event, a consent's expiry, a
 * dispute notice), so writing it again changes nothing: never lost, never twice.
 * The sentence is made when read, from the row and what it points at (a read event's
 * fields keep arriving from later batches of its request).
 */
@Entity({ name: 'notification' })
@Index('uq_notification_source', ['sourceKey'], { unique: true })
// the feed's pages, newest first, and its unread count: both one index range per consumer
@Index('idx_notification_subject', ['subjectId', 'occurredAt', 'id'])
@Index('idx_notification_unread', ['subjectId', 'readAt'])
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @EnumColumn()
  kind: NotificationKind;

  /** what caused it, e.g. read:<request id>:<subject id>, consent-expired:<consent id>, dispute:<notice id> */
  @Column({ name: 'source_key', type: 'varchar', length: 160 })
  sourceKey: string;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;

  /** when the consumer marked it read; null while unread */
  @TimestampColumn({ name: 'read_at', nullable: true })
  readAt: Date | null;

  @Column({ name: 'partner_id', type: 'varchar', length: 36, nullable: true })
  partnerId: string | null;

  @Column({ name: 'consent_id', type: 'varchar', length: 36, nullable: true })
  consentId: string | null;

  @Column({ name: 'consent_request_id', type: 'varchar', length: 36, nullable: true })
  consentRequestId: string | null;

  @Column({ name: 'dispute_id', type: 'varchar', length: 36, nullable: true })
  disputeId: string | null;

  /** for PARTNER_READ: the request whose read event (access log) the sentence is made from */
  @Column({ name: 'read_request_id', type: 'varchar', length: 64, nullable: true })
  readRequestId: string | null;

  /** what the sentence needs that no other row keeps, e.g. a dispute's new status */
  @Column({ type: 'simple-json', nullable: true })
  detail: Record<string, string> | null;
}

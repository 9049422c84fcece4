import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';

export type ViewerKind = 'ANONYMOUS' | 'USER' | 'PARTNER' | 'STAFF';
export type AccessOutcome = 'ALLOWED' | 'DENIED';

/** One field asked for within a read event, and what was decided. */
export interface FieldRead {
  /** schema coordinate, e.g. CreditScore.value */
  field: string;
  /** the consent scope the field needs; null for staff reads of consents and the access log */
  scope: ConsentScope | null;
  /** the field's arguments as JSON, e.g. {"threshold":700} */
  detail: string | null;
  /** the field in the consumer's words, as declared beside it (absent in rows logged before nouns were declared) */
  noun?: string | null;
  outcome: AccessOutcome;
  denialCode: string | null;
  consentId: string | null;
}

/**
 * One read event: a viewer's client request touching one consumer's guarded data,
 * with every field it asked for and each field's outcome. What lets a consumer see
 * who has looked at their data. Written by the same step that decided the access;
 * the several batches one request sends (users, credit history, scores) merge into
 * the one row keyed by (request, subject).
 */
@Entity({ name: 'access_log_entry' })
@Index('uq_access_log_request_subject', ['requestId', 'subjectId'], { unique: true })
@Index('idx_access_log_subject', ['subjectId', 'occurredAt', 'id'])
// the retention purge walks the oldest events; erasure finds a consumer's own reads of others
@Index('idx_access_log_occurred', ['occurredAt'])
@Index('idx_access_log_viewer', ['viewerId'])
export class AccessLogEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** the client request (x-request-id) the reads belong to */
  @Column({ name: 'request_id', type: 'varchar', length: 64 })
  requestId: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @EnumColumn({ name: 'viewer_kind' })
  viewerKind: ViewerKind;

  @Column({ name: 'viewer_id', type: 'varchar', length: 64, nullable: true })
  viewerId: string | null;

  @Column({ name: 'staff_role', type: 'varchar', length: 40, nullable: true })
  staffRole: string | null;

  /** ALLOWED when at least one field was released, DENIED when none was */
  @EnumColumn()
  decision: AccessOutcome;

  /** the consents' purposes, or the reason staff stated */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** every field asked for, in the order asked, with its outcome (a JSON array) */
  @Column({ type: 'simple-json' })
  reads: FieldRead[];

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;
}

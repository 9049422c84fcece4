import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';

export type ViewerKind = 'ANONYMOUS' | 'USER' | 'PARTNER' | 'STAFF';

/**
 * One attempt to read a guarded field, allowed or denied: what lets a consumer see
 * who has looked at their data. Written by the same step that decided the access.
 */
@Entity({ name: 'access_log_entry' })
@Index('idx_access_log_subject', ['subjectId', 'occurredAt', 'id'])
@Index('idx_access_log_viewer', ['viewerId', 'scope', 'occurredAt'])
export class AccessLogEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @EnumColumn({ name: 'viewer_kind' })
  viewerKind: ViewerKind;

  @Column({ name: 'viewer_id', type: 'varchar', length: 64, nullable: true })
  viewerId: string | null;

  @Column({ name: 'staff_role', type: 'varchar', length: 40, nullable: true })
  staffRole: string | null;

  @EnumColumn()
  scope: ConsentScope;

  /** schema coordinate, e.g. CreditScore.value */
  @Column({ type: 'varchar', length: 120 })
  field: string;

  /** the field's arguments as JSON, e.g. {"threshold":700} */
  @Column({ type: 'varchar', length: 200, nullable: true })
  detail: string | null;

  @EnumColumn()
  decision: 'ALLOWED' | 'DENIED';

  @Column({ name: 'denial_code', type: 'varchar', length: 40, nullable: true })
  denialCode: string | null;

  /** the consent's purpose, or the reason staff stated */
  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose: string | null;

  @Column({ name: 'consent_id', type: 'varchar', length: 36, nullable: true })
  consentId: string | null;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt: Date;
}

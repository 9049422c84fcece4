import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';

/** A consumer's permission for one partner to read some scopes, for a purpose, until it expires or is revoked. */
@Entity({ name: 'consent' })
@Index('idx_consent_subject_partner', ['subjectId', 'partnerId'])
@Index('idx_consent_partner', ['partnerId', 'grantedAt'])
// the expiry sweeps walk the consents nearest their end
@Index('idx_consent_expires', ['expiresAt'])
export class Consent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @Column({ type: 'simple-json' })
  scopes: ConsentScope[];

  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  @TimestampColumn({ name: 'granted_at' })
  grantedAt: Date;

  @TimestampColumn({ name: 'expires_at' })
  expiresAt: Date;

  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  /** when the expiry sweep queued this consent's `consent.expired` notice: at most once */
  @TimestampColumn({ name: 'expiry_notified_at', nullable: true })
  expiryNotifiedAt: Date | null;

  /** when the expiry sweep told the consumer this consent is about to expire: at most once */
  @TimestampColumn({ name: 'expiry_warned_at', nullable: true })
  expiryWarnedAt: Date | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { ConsentScope } from '../../../shared/consent/consent-scopes';

/** What is stored; EXPIRED is never stored, it is read from `expiresAt` (see requestStatus in consent-requests/request-access.ts). */
export type StoredRequestStatus = 'AWAITING_AUTHORISATION' | 'AUTHORISED' | 'REJECTED' | 'CANCELLED';

/**
 * A partner's request for a consumer's consent (Open Banking's AwaitingAuthorisation):
 * the terms it proposes, answered once by the consumer it is addressed or bound to.
 * Its id is the link the partner hands the consumer: random, so it cannot be guessed.
 */
@Entity({ name: 'consent_request' })
@Index('idx_consent_request_subject', ['subjectId', 'createdAt'])
@Index('idx_consent_request_partner_email', ['partnerId', 'emailHash', 'status'])
@Index('idx_consent_request_partner', ['partnerId', 'createdAt'])
export class ConsentRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  @EnumColumn()
  status: StoredRequestStatus;

  /** the consumer it is addressed to (by e-mail) or, for an open request, who answered it; null until then */
  @Column({ name: 'subject_id', type: 'varchar', length: 36, nullable: true })
  subjectId: string | null;

  /**
   * Keyed hash of the e-mail the partner addressed it to, null for an open request: it
   * counts a partner's unanswered requests per address without keeping the address.
   */
  @Column({ name: 'email_hash', type: 'varchar', length: 64, nullable: true })
  emailHash: string | null;

  @Column({ type: 'simple-json' })
  scopes: ConsentScope[];

  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  @Column({ name: 'duration_days', type: 'integer' })
  durationDays: number;

  /** the partner's own customer reference, shown to that partner only */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'expires_at' })
  expiresAt: Date;

  @TimestampColumn({ name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  /** when the partner cancelled it, unanswered */
  @TimestampColumn({ name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  /** the partner's registered redirect URI when it asked: where the consumer returns after answering */
  @Column({ name: 'redirect_uri', type: 'varchar', length: 500, nullable: true })
  redirectUri: string | null;

  /** the partner's opaque state, handed back on the redirect (as OAuth's state) */
  @Column({ type: 'varchar', length: 500, nullable: true })
  state: string | null;

  /** the consent its approval created */
  @Column({ name: 'consent_id', type: 'varchar', length: 36, nullable: true })
  consentId: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';

/**
 * One signed receipt: what a consent was at an event of its life (given, amended,
 * withdrawn, expired), as a compact JWS anyone can verify against the JWKS, signed twice:
 * the consumer's copy and the partner's differ only in the id that names the subject. Written in
 * the same transaction as the change it records, never updated; deleted with the
 * subject's account, since the signed claims name the subject.
 */
@Entity({ name: 'consent_receipt' })
@Index('idx_consent_receipt_consent', ['consentId', 'issuedAt'])
@Index('idx_consent_receipt_subject', ['subjectId'])
// Receipts still without their partner's copy: none once the start's backfill is done, so its look at each start reads nothing.
@Index('idx_consent_receipt_uncopied', ['id'], { where: 'partner_jws IS NULL' })
export class ConsentReceipt {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'consent_id', type: 'varchar', length: 36 })
  consentId: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  /** GIVEN, AMENDED, WITHDRAWN or EXPIRED */
  @EnumColumn()
  event: string;

  /** how the consent was collected (Kantara collectionMethod): later receipts repeat the first one's */
  @Column({ name: 'collection_method', type: 'varchar', length: 40 })
  collectionMethod: string;

  @TimestampColumn({ name: 'issued_at' })
  issuedAt: Date;

  /** the consumer's copy: names the subject by Credence's internal id */
  @Column({ type: 'text' })
  jws: string;

  /**
   * the partner's copy of the same receipt, naming the subject by the partner's own id
   * for them (issue 19); null for a receipt issued before partners had ids of their own
   * until the consent subgraph's start signs its copy (receipts/partner-copies.ts)
   */
  @Column({ name: 'partner_jws', type: 'text', nullable: true })
  partnerJws: string | null;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../shared/store/columns';

/**
 * A partner's OAuth client credentials (RFC 6749 client_credentials): one per partner.
 * The secret is kept only as its SHA-256: it is 256 random bits, so a fast hash is as
 * safe as a slow one, and a leaked table yields nothing to sign in with.
 */
@Entity({ name: 'partner_credential' })
@Index('uq_partner_credential_client', ['clientId'], { unique: true })
export class PartnerCredential {
  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 36 })
  partnerId: string;

  /** public, stable across rotations */
  @Column({ name: 'client_id', type: 'varchar', length: 64 })
  clientId: string;

  /** hex SHA-256 of the current secret */
  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  @TimestampColumn({ name: 'issued_at' })
  issuedAt: Date;

  /** the staff member who issued or rotated it; null for the demo partners' */
  @Column({ name: 'issued_by', type: 'varchar', length: 64, nullable: true })
  issuedBy: string | null;
}

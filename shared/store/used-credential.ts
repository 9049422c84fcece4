import { Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from './columns';

/**
 * An internal credential (its `jti`) a subgraph has accepted, kept until it expires.
 * Every subgraph's store has this table, so replicas sharing a store share the memory:
 * a credential captured on the wire is good at none of them a second time.
 */
@Entity({ name: 'used_credential' })
@Index('idx_used_credential_expires', ['expiresAt'])
export class UsedCredential {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @TimestampColumn({ name: 'expires_at' })
  expiresAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EnumColumn, TimestampColumn } from '../../../shared/store/columns';
import type { EmploymentSince, Housing, Job, PropertyKind } from '../../../shared/data/german-credit';

/** A consumer's identity and the stability facts the scorecard reads through the graph. */
@Entity({ name: 'user_profile' })
@Index('idx_user_profile_created', ['createdAt', 'id'])
// consent requests addressed by e-mail find their consumer through it
@Index('idx_user_profile_email', ['email'])
// support finds a consumer by the reference they quote
@Index('idx_user_profile_reference', ['reference'], { unique: true })
export class UserProfile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** CR-XXXX-XXXX (profiles/credence-reference.ts): set when the profile is made, never changed */
  @Column({ type: 'varchar', length: 12 })
  reference: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'opted_in_at', nullable: true })
  optedInAt: Date | null;

  @EnumColumn({ name: 'employment_since' })
  employmentSince: EmploymentSince;

  @Column({ name: 'residence_years', type: 'integer' })
  residenceYears: number;

  @EnumColumn()
  property: PropertyKind;

  @EnumColumn()
  housing: Housing;

  @EnumColumn()
  job: Job;

  @Column({ type: 'integer' })
  dependents: number;

  @Column({ name: 'has_telephone', type: 'boolean' })
  hasTelephone: boolean;

  /** Bumped with every change of a stability fact, in the same transaction; announced to scores. */
  @Column({ name: 'scoring_inputs_version', type: 'integer', default: 1 })
  scoringInputsVersion: number;
}

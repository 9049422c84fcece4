import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The row every change to a consumer's consents writes first, so that such changes
 * run one after another (see subject-lock.ts). It lives only inside the
 * transaction that wrote it: the table is empty at rest and keeps no subject id.
 */
@Entity({ name: 'consent_subject_lock' })
export class SubjectLock {
  @PrimaryColumn({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;
}

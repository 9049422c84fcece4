import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord } from '../entities/CreditRecord';
import { Dispute } from '../entities/Dispute';
import { DisputeNotice } from '../entities/DisputeNotice';
import { ScoringInputsChange } from '../../../shared/scoring/scoring-inputs-change';

/**
 * Every table of this subgraph that holds a subject's rows, children before parents.
 * Export and erasure both walk this list, so a new table is exported and erased as
 * soon as it is listed here; one that is Credence's working data rather than the
 * consumer's (`exported: false`) is erased all the same.
 */
export const SUBJECT_TABLES: { name: string; entity: EntityTarget<ObjectLiteral>; exported?: false }[] = [
  // dispute notices not yet delivered to the consumer's feed
  { name: 'disputeNotices', entity: DisputeNotice, exported: false },
  // changes of scoring inputs not yet announced to scores (which erases its own score)
  { name: 'scoringInputsChanges', entity: ScoringInputsChange, exported: false },
  { name: 'disputes', entity: Dispute },
  { name: 'records', entity: CreditRecord },
  { name: 'accounts', entity: CreditAccount },
  { name: 'creditFile', entity: CreditFile },
];

export async function exportSubject(dataSource: DataSource, subjectId: string): Promise<Record<string, ObjectLiteral[]>> {
  const parts = await Promise.all(
    SUBJECT_TABLES.filter((table) => table.exported !== false).map(
      async ({ name, entity }) => [name, await dataSource.getRepository(entity).findBy({ userId: subjectId })] as const,
    ),
  );
  return Object.fromEntries(parts);
}

export async function eraseSubject(dataSource: DataSource, subjectId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const { entity } of SUBJECT_TABLES) await manager.getRepository(entity).delete({ userId: subjectId });
  });
}

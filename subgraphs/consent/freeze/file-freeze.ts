import { DataSource, EntityManager } from 'typeorm';
import { upsertRows } from '../../../shared/store/upsert';
import { FileFreeze } from '../entities/FileFreeze';
import { addFeedLines } from '../feed/feed-lines';
import { withLiveSubjectLocked } from '../subject-lock';

/** The consumer's freeze as the API shows it. */
export const fileFreezeOf = (row: FileFreeze | null) => ({
  frozen: row?.frozen ?? false,
  since: row?.frozen ? row.changedAt : null,
});

/**
 * Freezes or unfreezes a consumer's file. Asking for the state it is in changes
 * nothing, so `since` shows when it really changed and the feed gets no second line.
 * The change is a conditional write (it happens only if the state differs), so two
 * requests racing write one change and one notice, in one transaction. Takes effect
 * from the next decision: decisions are never cached beyond one request.
 */
export async function setFileFreeze(
  dataSource: DataSource,
  subjectId: string,
  frozen: boolean,
  now = new Date(),
  by: 'CONSUMER' | 'STAFF' = 'CONSUMER',
): Promise<FileFreeze | null> {
  // Under the subject's lock, refused once erasure was asked: no freeze row, no alert, under an erased id.
  await withLiveSubjectLocked(dataSource, subjectId, async (manager) => {
    const changed = frozen ? await freeze(manager, subjectId, now) : await unfreeze(manager, subjectId, now);
    if (!changed) return;
    await addFeedLines(manager, [
      {
        subjectId,
        kind: frozen ? 'FILE_FROZEN' : 'FILE_UNFROZEN',
        sourceKey: `freeze:${subjectId}:${now.toISOString()}`,
        occurredAt: now,
        detail: { by },
      },
    ]);
  });
  return dataSource.getRepository(FileFreeze).findOneBy({ subjectId });
}

/** Inserts the freeze, or turns an unfrozen row frozen; RETURNING answers only when a row changed. */
async function freeze(manager: EntityManager, subjectId: string, now: Date): Promise<boolean> {
  const row = Object.assign(new FileFreeze(), { subjectId, frozen: true, changedAt: now });
  const changed = await upsertRows(
    manager,
    FileFreeze,
    [row],
    '("subject_id") DO UPDATE SET "frozen" = EXCLUDED."frozen", "changed_at" = EXCLUDED."changed_at" WHERE "file_freeze"."frozen" <> EXCLUDED."frozen"',
    ['subjectId'],
  );
  return changed.length > 0;
}

/** Only a frozen file can be unfrozen: a file never frozen keeps having no row. */
async function unfreeze(manager: EntityManager, subjectId: string, now: Date): Promise<boolean> {
  const result = await manager
    .getRepository(FileFreeze)
    .update({ subjectId, frozen: true }, { frozen: false, changedAt: now });
  return (result.affected ?? 0) > 0;
}

import { DataSource, EntityManager } from 'typeorm';
import { findByKeys } from '../../../shared/store/rows-by-keys';
import { upsertRows } from '../../../shared/store/upsert';
import { requireConsumer } from '../../../shared/trust/access';
import { Viewer } from '../../../shared/trust/viewer';
import type { Verdict } from '../decisions/access-rules';
import { ReadRequest } from '../access-log/read-events';
import { FileFreeze } from '../entities/FileFreeze';
import { queueNotifications } from '../notifications/queue-notifications';

export const FROZEN_MESSAGE = 'The consumer has frozen their file: no partner may read it until they unfreeze it.';

const frozenVerdict = (verdict: Verdict): Verdict => ({ ...verdict, allowed: false, code: 'SUBJECT_FROZEN', message: FROZEN_MESSAGE, consentId: null });

/**
 * The decision's last question for a partner: which of the batch's subjects froze
 * their file? One batched primary-key lookup per partner batch, asked whatever the
 * verdicts so far, so a batch's statements do not depend on who consented. Only
 * reads a consent opened are refused with SUBJECT_FROZEN: a partner holding no
 * consent still gets CONSENT_REQUIRED and learns nothing of the consumer's choices;
 * one that holds one is refused whatever it covers. The consumer's own reads and
 * staff's are not partner reads and pass.
 */
export async function applyFileFreezes(manager: EntityManager, viewer: Viewer, requests: ReadRequest[], verdicts: Verdict[]): Promise<Verdict[]> {
  if (viewer.kind !== 'partner') return verdicts;
  const subjects = [...new Set(requests.map((request) => request.subjectId))];
  const frozen = new Set(
    (await findByKeys(manager, FileFreeze, 'subjectId', subjects, { frozen: true })).map((row) => row.subjectId), // every partner read: hand-written
  );
  return verdicts.map((verdict, i) => (verdict.allowed && frozen.has(requests[i].subjectId) ? frozenVerdict(verdict) : verdict));
}

/** Only the consumer freezes their file, or asks whether it is frozen. */
export const requireFreezer = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can freeze or unfreeze their own file.');

/** The consumer's freeze as the API shows it. */
export const fileFreezeOf = (row: FileFreeze | null) => ({ frozen: row?.frozen ?? false, since: row?.frozen ? row.changedAt : null });

/**
 * Freezes or unfreezes a consumer's file. Asking for the state it is in changes
 * nothing, so `since` shows when it really changed and the feed gets no second line.
 * The change is a conditional write (it happens only if the state differs), so two
 * requests racing write one change and one notice, in one transaction. Takes effect
 * from the next decision: decisions are never cached beyond one request.
 */
export async function setFileFreeze(dataSource: DataSource, subjectId: string, frozen: boolean, now = new Date()): Promise<FileFreeze | null> {
  await dataSource.transaction(async (manager) => {
    const changed = frozen ? await freeze(manager, subjectId, now) : await unfreeze(manager, subjectId, now);
    if (!changed) return;
    await queueNotifications(manager, [
      { subjectId, kind: frozen ? 'FILE_FROZEN' : 'FILE_UNFROZEN', sourceKey: `freeze:${subjectId}:${now.toISOString()}`, occurredAt: now },
    ]);
  });
  return dataSource.getRepository(FileFreeze).findOneBy({ subjectId });
}

/** Inserts the freeze, or turns an unfrozen row frozen; RETURNING answers only when a row changed. */
async function freeze(manager: EntityManager, subjectId: string, now: Date): Promise<boolean> {
  const row = Object.assign(new FileFreeze(), { subjectId, frozen: true, changedAt: now });
  const changed = await upsertRows(
    manager, FileFreeze, [row],
    '("subject_id") DO UPDATE SET "frozen" = EXCLUDED."frozen", "changed_at" = EXCLUDED."changed_at" WHERE "file_freeze"."frozen" <> EXCLUDED."frozen"',
    ['subjectId'],
  );
  return changed.length > 0;
}

/** Only a frozen file can be unfrozen: a file never frozen keeps having no row. */
async function unfreeze(manager: EntityManager, subjectId: string, now: Date): Promise<boolean> {
  const result = await manager.getRepository(FileFreeze).update({ subjectId, frozen: true }, { frozen: false, changedAt: now });
  return (result.affected ?? 0) > 0;
}

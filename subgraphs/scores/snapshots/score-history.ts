import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';

/** What a snapshot keeps of its inputs: enough to tell whether they changed, nothing to read back. */
export function inputsDigest(characteristics: ScoringCharacteristics): string {
  const canonical = Object.keys(characteristics)
    .sort()
    .map((key) => [key, characteristics[key as keyof ScoringCharacteristics]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Each user's latest history entry, in one statement: the one no later snapshot
 * supersedes (the unique successor index answers the NOT EXISTS).
 */
export async function latestSnapshots(
  manager: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, ScoreSnapshot>> {
  const latest = await manager
    .getRepository(ScoreSnapshot)
    .createQueryBuilder('snapshot')
    .where('snapshot.user_id IN (:...userIds)', { userIds })
    .andWhere(
      'NOT EXISTS (SELECT 1 FROM score_snapshot successor WHERE successor.user_id = snapshot.user_id AND successor.supersedes_id = snapshot.id)',
    )
    .getMany();
  return new Map(latest.map((snapshot) => [snapshot.userId, snapshot]));
}

/** Whether a history entry still answers for these inputs under this model: then no new entry is kept. */
export const snapshotStillHolds = (snapshot: ScoreSnapshot, digest: string, modelVersion: string): boolean =>
  snapshot.inputsDigest === digest && snapshot.modelVersion === modelVersion;

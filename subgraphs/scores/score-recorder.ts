import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Page, PageKey } from '../../shared/paged-loader';
import { ScoringCharacteristics } from '../../shared/german-credit';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { ScoreResult } from './scorecard';

export function inputsDigest(characteristics: ScoringCharacteristics): string {
  const canonical = Object.keys(characteristics)
    .sort()
    .map((key) => [key, characteristics[key as keyof ScoringCharacteristics]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

interface Computation {
  userId: string;
  digest: string;
  result: ScoreResult;
}

/**
 * Keeps a snapshot whenever a user's score inputs or the model change, and answers
 * with the snapshot in force. For a list of users this is one read of the latest
 * snapshots and at most one multi-row insert, whatever the list's length.
 */
export function scoreRecorder(dataSource: DataSource, snapshotPages: DataLoader<PageKey, Page<ScoreSnapshot>, string>) {
  const pending = new Map<string, Computation>();
  const loader = new DataLoader<string, ScoreSnapshot>(
    async (userIds) => {
      const latest = await snapshotPages.loadMany(userIds.map((ownerId) => ({ ownerId, first: 1, after: null })));
      const now = new Date();
      const inForce: ScoreSnapshot[] = [];
      const created: ScoreSnapshot[] = [];
      userIds.forEach((userId, i) => {
        const { digest, result } = pending.get(userId) as Computation;
        const previous = latest[i] instanceof Error ? undefined : (latest[i] as Page<ScoreSnapshot>).rows[0];
        if (previous && previous.inputsDigest === digest && previous.modelVersion === result.modelVersion) {
          inForce.push(previous);
          return;
        }
        const snapshot = Object.assign(new ScoreSnapshot(), {
          id: randomUUID(),
          userId,
          value: result.value,
          band: result.band,
          probabilityOfDefault: result.probabilityOfDefault,
          modelVersion: result.modelVersion,
          inputsDigest: digest,
          categoryPoints: Object.fromEntries(result.categories.map((c) => [c.category, c.points])),
          computedAt: now,
        });
        created.push(snapshot);
        inForce.push(snapshot);
      });
      if (created.length) await dataSource.getRepository(ScoreSnapshot).insert(created);
      return inForce;
    },
    // A user's score is recorded once per request however many fields ask for it.
    { cache: true },
  );
  return {
    record(computation: Computation): Promise<ScoreSnapshot> {
      pending.set(computation.userId, computation);
      return loader.load(computation.userId);
    },
  };
}

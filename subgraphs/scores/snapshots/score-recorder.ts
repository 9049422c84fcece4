import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Page, PageKey } from '../../../shared/store/paged-loader';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoreResult } from '../../../scorecard';

export function inputsDigest(characteristics: ScoringCharacteristics): string {
  const canonical = Object.keys(characteristics)
    .sort()
    .map((key) => [key, characteristics[key as keyof ScoringCharacteristics]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Inserts the new snapshots; where a concurrent request already recorded a successor
 * of the same snapshot, its row is the one in force and replaces ours in `inForce`.
 */
async function insertUnlessRaced(dataSource: DataSource, created: ScoreSnapshot[], inForce: ScoreSnapshot[]): Promise<void> {
  const snapshots = dataSource.getRepository(ScoreSnapshot);
  await snapshots.createQueryBuilder().insert().values(created).orIgnore().execute();
  const stored = new Set((await snapshots.find({ select: { id: true }, where: { id: In(created.map((s) => s.id)) } })).map((s) => s.id));
  const lost = created.filter((snapshot) => !stored.has(snapshot.id));
  for (const snapshot of lost) {
    const winner = await snapshots.findOneByOrFail({ userId: snapshot.userId, supersedesId: snapshot.supersedesId });
    inForce[inForce.indexOf(snapshot)] = winner;
  }
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
          supersedesId: previous?.id ?? '',
          categoryPoints: Object.fromEntries(result.categories.map((c) => [c.category, c.points])),
          computedAt: now,
        });
        created.push(snapshot);
        inForce.push(snapshot);
      });
      if (created.length) await insertUnlessRaced(dataSource, created, inForce);
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

import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ScoringCharacteristics } from '../../../shared/data/german-credit';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoreResult, ScorecardModel, scoreCharacteristics } from '../../../scorecard';
import { currentScorecard } from '../model/scorecard-in-use';

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

/**
 * Each user's snapshot in force, in one statement: the one no later snapshot
 * supersedes (the unique successor index answers the NOT EXISTS).
 */
export async function latestSnapshots(dataSource: DataSource, userIds: readonly string[]): Promise<Map<string, ScoreSnapshot>> {
  const latest = await dataSource
    .getRepository(ScoreSnapshot)
    .createQueryBuilder('snapshot')
    .where('snapshot.user_id IN (:...userIds)', { userIds })
    .andWhere('NOT EXISTS (SELECT 1 FROM score_snapshot successor WHERE successor.user_id = snapshot.user_id AND successor.supersedes_id = snapshot.id)')
    .getMany();
  return new Map(latest.map((snapshot) => [snapshot.userId, snapshot]));
}

/** Whether a snapshot still answers for these inputs under this model: then the score is not run again. */
export const snapshotStillHolds = (snapshot: ScoreSnapshot, digest: string, modelVersion: string): boolean =>
  snapshot.inputsDigest === digest && snapshot.modelVersion === modelVersion;

/** A user's score inputs, as the @requires fields brought them. */
export interface ScoreInputs {
  userId: string;
  characteristics: ScoringCharacteristics;
}

/**
 * Answers for the score in force, per request. A score whose inputs and model did not
 * change since its latest snapshot is served from that snapshot: the inputs are
 * hashed, never scored again. Only changed inputs, a new model, or a field the
 * snapshot does not hold (categories, reasons) run the scorecard, once per user and
 * request. For a list of users this is one read of the latest snapshots and at most
 * one multi-row insert, whatever the list's length; a field that is never resolved
 * (e.g. one consent denied) costs neither.
 */
export function scoreRecorder(
  dataSource: DataSource,
  { model = currentScorecard, score = scoreCharacteristics }: { model?: () => ScorecardModel; score?: typeof scoreCharacteristics } = {},
) {
  const inputs = new Map<string, ScoringCharacteristics>();
  const results = new Map<string, ScoreResult>();
  const computed = (userId: string): ScoreResult => {
    const result = results.get(userId) ?? score(model(), inputs.get(userId) as ScoringCharacteristics);
    results.set(userId, result);
    return result;
  };
  const loader = new DataLoader<string, ScoreSnapshot>(
    async (userIds) => {
      const latest = await latestSnapshots(dataSource, userIds);
      const now = new Date();
      const modelVersion = model().version;
      const inForce: ScoreSnapshot[] = [];
      const created: ScoreSnapshot[] = [];
      userIds.forEach((userId) => {
        const digest = inputsDigest(inputs.get(userId) as ScoringCharacteristics);
        const previous = latest.get(userId);
        if (previous && snapshotStillHolds(previous, digest, modelVersion)) {
          inForce.push(previous);
          return;
        }
        const result = computed(userId);
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
    /** the snapshot in force for these inputs: value, band, probability of default, when computed */
    inForce({ userId, characteristics }: ScoreInputs): Promise<ScoreSnapshot> {
      inputs.set(userId, characteristics);
      return loader.load(userId);
    },
    /** the whole computation, for what a snapshot does not keep (categories, reasons) */
    computed({ userId, characteristics }: ScoreInputs): ScoreResult {
      inputs.set(userId, characteristics);
      return computed(userId);
    },
  };
}

import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Page, PageKey } from '../../../shared/store/paged-loader';
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
  snapshotPages: DataLoader<PageKey, Page<ScoreSnapshot>, string>,
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
      const latest = await snapshotPages.loadMany(userIds.map((ownerId) => ({ ownerId, first: 1, after: null })));
      const now = new Date();
      const modelVersion = model().version;
      const inForce: ScoreSnapshot[] = [];
      const created: ScoreSnapshot[] = [];
      userIds.forEach((userId, i) => {
        const digest = inputsDigest(inputs.get(userId) as ScoringCharacteristics);
        const previous = latest[i] instanceof Error ? undefined : (latest[i] as Page<ScoreSnapshot>).rows[0];
        if (previous && previous.inputsDigest === digest && previous.modelVersion === modelVersion) {
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
      // a later read of the latest snapshot (history(limit: 1)) must see the new one
      for (const snapshot of created) snapshotPages.clear({ ownerId: snapshot.userId, first: 1, after: null });
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

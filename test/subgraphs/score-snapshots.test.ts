import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropSubgraphSchema, openSubgraphDatabase } from '../../shared/store/database';
import { testSchemaPrefix, useTestStore } from '../support/store';
import { FakeInputOwners } from '../support/scores';
import { loadGermanCredit, ScoringCharacteristics } from '../../shared/data/german-credit';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { CurrentScore } from '../../subgraphs/scores/entities/CurrentScore';
import { ScoreChangeNotice } from '../../subgraphs/scores/entities/ScoreChangeNotice';
import { ScoreSnapshot } from '../../subgraphs/scores/entities/ScoreSnapshot';
import { migrations } from '../../subgraphs/scores/migrations';
import { recomputeScores } from '../../subgraphs/scores/current/recompute-scores';
import { VersionedInputs } from '../../subgraphs/scores/current/scoring-inputs';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { scoresSubgraph } from '../../subgraphs/scores/subgraph';

const pgUrl = process.env.DATABASE_URL;
const prefix = testSchemaPrefix;
const store = useTestStore(scoresSubgraph.database);
const applicants = loadGermanCredit();
const model = loadScorecard();
const valueOf = (characteristics: ScoringCharacteristics) => scoreCharacteristics(model, characteristics).value;
/** Applicants whose scores all differ, so a stored value tells which inputs it came from. */
const distinct = [...new Map(applicants.map((applicant) => [valueOf(applicant.characteristics), applicant])).values()];

const stored = (userId: string) => store.database.dataSource.getRepository(CurrentScore).findOneBy({ userId });
const notices = (userId: string) =>
  store.database.dataSource
    .getRepository(ScoreChangeNotice)
    .find({ where: { userId }, order: { occurredAt: 'ASC', cause: 'ASC' } });
const history = (userId: string) =>
  store.database.dataSource.getRepository(ScoreSnapshot).find({ where: { userId }, order: { computedAt: 'ASC' } });

/** Owners that answer each call with the next of these inputs (the last one again once they run out). */
function changingOwners(answers: VersionedInputs[]) {
  const asked: string[][] = [];
  const fetchInputs = async (_: SubgraphUrls, userIds: readonly string[]) => {
    asked.push([...userIds]);
    const answer = answers[Math.min(asked.length - 1, answers.length - 1)];
    return new Map(userIds.map((id) => [id, answer]));
  };
  return { asked, fetchInputs };
}

test('recomputes of one consumer at once, as replicas would run them, store one score and one history entry', async () => {
  const owners = new FakeInputOwners();
  const userId = randomUUID();
  owners.set(userId, applicants[0].characteristics);
  await Promise.all([1, 2, 3, 4, 5].map(() => owners.recompute(store.database, [userId])));
  expect((await stored(userId))?.value).toBe(valueOf(applicants[0].characteristics));
  expect(await history(userId)).toHaveLength(1);
});

test('concurrent recomputes that fetched different versions leave the newest stored, whatever order they finish in', async () => {
  const userId = randomUUID();
  const versions = [1, 2, 3, 4, 5, 6];
  await Promise.all(
    versions.map((version) => {
      const { fetchInputs } = changingOwners([
        { characteristics: distinct[version].characteristics, creditInputsVersion: version, profileInputsVersion: 1 },
      ]);
      return recomputeScores(
        store.database,
        {} as SubgraphUrls,
        [{ subjectId: userId, source: 'CREDIT_FILE', version }],
        { fetchInputs },
      );
    }),
  );
  const score = await stored(userId);
  expect(score).toEqual(
    expect.objectContaining({
      creditInputsVersion: 6,
      profileInputsVersion: 1,
      value: valueOf(distinct[6].characteristics),
    }),
  );
});

describe('a change delivered again, late or out of order', () => {
  test('an announcement the stored score already reflects asks the owners nothing and changes nothing', async () => {
    const owners = new FakeInputOwners();
    const userId = randomUUID();
    owners.set(userId, distinct[1].characteristics, 2);
    await owners.recompute(store.database, [userId]);
    const before = await stored(userId);
    const asked = owners.asked.length;
    await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [
        { subjectId: userId, source: 'CREDIT_FILE', version: 1 },
        { subjectId: userId, source: 'CREDIT_FILE', version: 2 },
      ],
      {
        fetchInputs: owners.fetchInputs,
      },
    );
    expect(owners.asked).toHaveLength(asked);
    expect(await stored(userId)).toEqual(before);
    expect(await history(userId)).toHaveLength(1);
  });

  test('inputs fetched older than the stored ones never replace them', async () => {
    const userId = randomUUID();
    const newer = changingOwners([
      { characteristics: distinct[2].characteristics, creditInputsVersion: 5, profileInputsVersion: 3 },
    ]);
    await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [{ subjectId: userId, source: 'CREDIT_FILE', version: 5 }],
      newer,
    );
    // a late announcement whose fetch met a lagging owner: older on both counts
    const older = changingOwners([
      { characteristics: distinct[3].characteristics, creditInputsVersion: 4, profileInputsVersion: 3 },
    ]);
    const outcome = await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [{ subjectId: userId, source: 'PROFILE', version: 4 }],
      older,
    );
    expect(outcome).toEqual({ stored: 0, unchanged: 1, removed: 0 });
    expect(await stored(userId)).toEqual(
      expect.objectContaining({ creditInputsVersion: 5, value: valueOf(distinct[2].characteristics) }),
    );
  });

  test('inputs newer from one owner and older from the other are fetched again until they are newer on both', async () => {
    const userId = randomUUID();
    const first = changingOwners([
      { characteristics: distinct[4].characteristics, creditInputsVersion: 2, profileInputsVersion: 2 },
    ]);
    await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [{ subjectId: userId, source: 'CREDIT_FILE', version: 2 }],
      first,
    );
    const crossing = changingOwners([
      { characteristics: distinct[5].characteristics, creditInputsVersion: 3, profileInputsVersion: 1 },
      { characteristics: distinct[6].characteristics, creditInputsVersion: 3, profileInputsVersion: 2 },
    ]);
    await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [{ subjectId: userId, source: 'CREDIT_FILE', version: 3 }],
      crossing,
    );
    expect(crossing.asked).toHaveLength(2);
    expect(await stored(userId)).toEqual(
      expect.objectContaining({
        creditInputsVersion: 3,
        profileInputsVersion: 2,
        value: valueOf(distinct[6].characteristics),
      }),
    );
  });

  test('inputs that keep crossing fail the delivery, so the outbox retries it, and the last good score stays', async () => {
    const userId = randomUUID();
    const first = changingOwners([
      { characteristics: distinct[7].characteristics, creditInputsVersion: 2, profileInputsVersion: 2 },
    ]);
    await recomputeScores(
      store.database,
      {} as SubgraphUrls,
      [{ subjectId: userId, source: 'CREDIT_FILE', version: 2 }],
      first,
    );
    const crossing = changingOwners([
      { characteristics: distinct[8].characteristics, creditInputsVersion: 3, profileInputsVersion: 1 },
    ]);
    await expect(
      recomputeScores(
        store.database,
        {} as SubgraphUrls,
        [{ subjectId: userId, source: 'CREDIT_FILE', version: 3 }],
        crossing,
      ),
    ).rejects.toThrow(/kept changing/);
    expect((await stored(userId))?.value).toBe(valueOf(distinct[7].characteristics));
  });
});

describe('the history', () => {
  test('the same inputs keep their entry; changed inputs and a new model each start one after it', async () => {
    const owners = new FakeInputOwners();
    const userId = randomUUID();
    const characteristics = applicants[4].characteristics;
    owners.set(userId, characteristics, 1, 1);
    await owners.recompute(store.database, [userId]);
    const original = await stored(userId);
    // a profile change that leaves every scored value as it was: a newer version, the same score
    owners.set(userId, characteristics, 1, 2);
    await recomputeScores(store.database, {} as SubgraphUrls, [{ subjectId: userId, source: 'PROFILE', version: 2 }], {
      fetchInputs: owners.fetchInputs,
    });
    const sameInputs = await stored(userId);
    expect(sameInputs).toEqual(
      expect.objectContaining({
        profileInputsVersion: 2,
        snapshotId: original!.snapshotId,
        computedAt: original!.computedAt,
      }),
    );
    const savingsStatus = characteristics.savingsStatus === 'AT_LEAST_1000' ? 'BELOW_100' : 'AT_LEAST_1000';
    owners.set(userId, { ...characteristics, savingsStatus }, 2, 2);
    await owners.recompute(store.database, [userId]);
    const newModel = () => ({ ...model, version: `${model.version}-test` });
    await owners.recompute(store.database, [userId], { model: newModel });
    const entries = await history(userId);
    expect(entries.map((entry) => entry.modelVersion)).toEqual([model.version, model.version, `${model.version}-test`]);
    expect(entries.map((entry) => entry.supersedesId)).toEqual(['', entries[0].id, entries[1].id]);
    expect((await stored(userId))?.snapshotId).toBe(entries[2].id);
    // The first score and the same score again tell the consumer nothing; a moved score and a new model each do.
    const savingsMoved = valueOf({ ...characteristics, savingsStatus });
    expect(savingsMoved).not.toBe(original!.value);
    expect(await notices(userId)).toEqual([
      expect.objectContaining({ cause: 'CREDIT_FILE', previousValue: original!.value, value: savingsMoved }),
      expect.objectContaining({
        cause: 'MODEL_UPGRADE',
        previousValue: savingsMoved,
        value: savingsMoved,
        modelVersion: `${model.version}-test`,
        message: expect.stringMatching(
          new RegExp(`^Credence now scores with ${model.version}-test; your score stayed at ${savingsMoved}\\.$`),
        ),
      }),
    ]);
    expect((await notices(userId))[0].message).toMatch(
      new RegExp(
        `^Your score (rose|fell) from ${original!.value} to ${savingsMoved} because your credit file changed: your account balances [+−]\\d+ points?\\.$`,
      ),
    );
  });

  test('a consumer whose inputs are gone (erased) loses the stored score, and only that consumer', async () => {
    const owners = new FakeInputOwners();
    const [kept, erased] = [randomUUID(), randomUUID()];
    owners.set(kept, applicants[9].characteristics);
    owners.set(erased, applicants[10].characteristics);
    await owners.recompute(store.database, [kept, erased]);
    owners.held.delete(erased);
    expect(
      await owners.recompute(store.database, [kept, erased], {
        model: () => ({ ...loadScorecard(), version: 'scorecard-v1-gone' }),
      }),
    ).toEqual({ stored: 1, unchanged: 0, removed: 1 });
    expect(await stored(erased)).toBeNull();
    expect(await stored(kept)).not.toBeNull();
  });
});

(pgUrl ? test : test.skip)(
  'the succession migration chains existing PostgreSQL histories in computation order',
  async () => {
    const schemaPrefix = prefix();
    const older = await openSubgraphDatabase(
      { kind: 'postgres', url: pgUrl!, schemaPrefix },
      { ...scoresSubgraph.database, entities: [], migrations: migrations.slice(0, 1) },
    );
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    try {
      for (const [i, id] of ids.entries()) {
        await older.dataSource.query(
          `INSERT INTO score_snapshot (id, user_id, value, band, probability_of_default, model_version, inputs_digest, category_points, computed_at)
         VALUES ($1, 'u-1', 700, 'GOOD', 0.1, 'scorecard-v1', 'd${i}', '{}', $2)`,
          [id, new Date(Date.UTC(2026, 0, 1 + i))],
        );
      }
      await older.dataSource.destroy();
      const current = await openSubgraphDatabase(
        { kind: 'postgres', url: pgUrl!, schemaPrefix },
        scoresSubgraph.database,
      );
      const rows = await (current.dataSource as DataSource)
        .getRepository(ScoreSnapshot)
        .find({ where: { userId: 'u-1' }, order: { computedAt: 'ASC' } });
      expect(rows.map((r) => r.supersedesId)).toEqual(['', ids[0], ids[1]]);
      await dropSubgraphSchema(current);
      await current.dataSource.destroy();
    } finally {
      if (older.dataSource.isInitialized) await older.dataSource.destroy();
    }
  },
);

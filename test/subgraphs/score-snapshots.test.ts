import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropSubgraphSchema, openSubgraphDatabase } from '../../shared/store/database';
import { testSchemaPrefix, useTestStore } from '../support/store';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { ScoreSnapshot } from '../../subgraphs/scores/entities/ScoreSnapshot';
import { createLoaders } from '../../subgraphs/scores/loaders';
import { migrations } from '../../subgraphs/scores/migrations';
import { inputsDigest, scoreRecorder } from '../../subgraphs/scores/snapshots/score-recorder';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { scoresSubgraph } from '../../subgraphs/scores/subgraph';

const pgUrl = process.env.DATABASE_URL;
const prefix = testSchemaPrefix;
const store = useTestStore(scoresSubgraph.database);

test('two requests that score the same user at once record one snapshot, and both answer with it', async () => {
  const inputs = { userId: randomUUID(), characteristics: loadGermanCredit()[0].characteristics };
  const [first, second] = await Promise.all([1, 2].map(() => createLoaders(store.database).scores.inForce({ ...inputs })));
  expect(first.id).toBe(second.id);
  expect(await store.database.dataSource.getRepository(ScoreSnapshot).countBy({ userId: inputs.userId })).toBe(1);
});

describe('a score whose inputs and model did not change', () => {
  const applicants = loadGermanCredit();
  /** A request's recorder that counts how often the scorecard runs. */
  function countingRecorder(scored: string[], model = loadScorecard) {
    return scoreRecorder(store.database.dataSource, {
      model,
      score: (scorecard, characteristics) => {
        scored.push(inputsDigest(characteristics));
        return scoreCharacteristics(scorecard, characteristics);
      },
    });
  }

  test('is served from its snapshot on later requests, without running the scorecard', async () => {
    const users = [1, 2, 3].map((i) => ({ userId: randomUUID(), characteristics: applicants[i].characteristics }));
    const scored: string[] = [];
    const first = await Promise.all(users.map((user) => countingRecorder(scored).inForce(user)));
    expect(scored).toHaveLength(3);
    const again = countingRecorder(scored);
    const second = await Promise.all(users.map((user) => again.inForce(user)));
    expect(scored).toHaveLength(3);
    expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
    expect(second.map((s) => s.value)).toEqual(users.map((u) => scoreCharacteristics(loadScorecard(), u.characteristics).value));
  });

  test('is scored again, and recorded, once its inputs or the model change', async () => {
    const user = { userId: randomUUID(), characteristics: applicants[4].characteristics };
    const scored: string[] = [];
    const original = await countingRecorder(scored).inForce(user);
    const savingsStatus = user.characteristics.savingsStatus === 'AT_LEAST_1000' ? 'BELOW_100' : 'AT_LEAST_1000';
    const changedInputs = { ...user, characteristics: { ...user.characteristics, savingsStatus } as typeof user.characteristics };
    const afterChange = await countingRecorder(scored).inForce(changedInputs);
    const newModel = () => ({ ...loadScorecard(), version: 'scorecard-v1-test' });
    const afterModel = await countingRecorder(scored, newModel).inForce(changedInputs);
    expect(scored).toHaveLength(3);
    expect(new Set([original.id, afterChange.id, afterModel.id]).size).toBe(3);
    expect(afterModel.supersedesId).toBe(afterChange.id);
    expect(afterModel.modelVersion).toBe('scorecard-v1-test');
  });
});

(pgUrl ? test : test.skip)('the succession migration chains existing PostgreSQL histories in computation order', async () => {
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
    const current = await openSubgraphDatabase({ kind: 'postgres', url: pgUrl!, schemaPrefix }, scoresSubgraph.database);
    const rows = await (current.dataSource as DataSource)
      .getRepository(ScoreSnapshot)
      .find({ where: { userId: 'u-1' }, order: { computedAt: 'ASC' } });
    expect(rows.map((r) => r.supersedesId)).toEqual(['', ids[0], ids[1]]);
    await dropSubgraphSchema(current);
    await current.dataSource.destroy();
  } finally {
    if (older.dataSource.isInitialized) await older.dataSource.destroy();
  }
});

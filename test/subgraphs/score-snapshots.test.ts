import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropSubgraphSchema, openSubgraphDatabase, SubgraphDatabase } from '../../shared/store/database';
import { loadGermanCredit } from '../../shared/data/german-credit';
import { ScoreSnapshot } from '../../subgraphs/scores/entities/ScoreSnapshot';
import { createLoaders } from '../../subgraphs/scores/loaders';
import { migrations } from '../../subgraphs/scores/migrations';
import { inputsDigest } from '../../subgraphs/scores/snapshots/score-recorder';
import { loadScorecard, scoreCharacteristics } from '../../scorecard';
import { scoresSubgraph } from '../../subgraphs/scores/subgraph';

const pgUrl = process.env.DATABASE_URL;
const prefix = () => `t_${randomBytes(4).toString('hex')}_`;
let database: SubgraphDatabase;

beforeAll(async () => {
  database = await openSubgraphDatabase(
    pgUrl ? { kind: 'postgres', url: pgUrl, schemaPrefix: prefix() } : { kind: 'sqlite', directory: 'memory' },
    scoresSubgraph.database,
  );
});
afterAll(async () => {
  await dropSubgraphSchema(database);
  await database.dataSource.destroy();
});

test('two requests that score the same user at once record one snapshot, and both answer with it', async () => {
  const characteristics = loadGermanCredit()[0].characteristics;
  const computation = {
    userId: randomUUID(),
    digest: inputsDigest(characteristics),
    result: scoreCharacteristics(loadScorecard(), characteristics),
  };
  const [first, second] = await Promise.all(
    [1, 2].map(() => createLoaders(database).scores.record({ ...computation })),
  );
  expect(first.id).toBe(second.id);
  expect(await database.dataSource.getRepository(ScoreSnapshot).countBy({ userId: computation.userId })).toBe(1);
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

import { randomBytes, randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import {
  DatabaseSettings,
  dropSubgraphSchema,
  openSubgraphDatabase,
  SubgraphDatabase,
} from '../../shared/store/database';
import { Outbox } from '../../shared/store/outbox';
import { pollOutbox } from '../../shared/store/outbox-poller';
import { wakeOutbox } from '../../shared/store/outbox-wake';
import { ErasureTask } from '../../subgraphs/consent/entities/ErasureTask';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';
import { eventually } from '../support/webhook-receiver';

/**
 * The claim mechanism on the erasure outbox's own table. On PostgreSQL the two
 * "replicas" are two data sources (two connection pools, as two processes would have);
 * SQLite is one store per process, so there both claimers share its one connection.
 */
const settings: DatabaseSettings = process.env.DATABASE_URL
  ? { kind: 'postgres', url: process.env.DATABASE_URL, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
  : { kind: 'sqlite', directory: 'memory' };
const LEASE_MS = 60_000;

let replicaA: SubgraphDatabase;
let replicaB: SubgraphDatabase;
beforeAll(async () => {
  replicaA = await openSubgraphDatabase(settings, consentSubgraph.database);
  replicaB = settings.kind === 'postgres' ? await openSubgraphDatabase(settings, consentSubgraph.database) : replicaA;
});
afterAll(async () => {
  await dropSubgraphSchema(replicaA);
  await Promise.all([...new Set([replicaA, replicaB])].map((db) => db.dataSource.destroy()));
});
beforeEach(() => replicaA.dataSource.getRepository(ErasureTask).clear());

const outboxOf = (database: SubgraphDatabase) =>
  new Outbox(database.dataSource, ErasureTask, { leaseMs: LEASE_MS, batchSize: 7 });

async function queue(count: number, dueAt = new Date(Date.now() - 1000)): Promise<string[]> {
  const tasks = Array.from({ length: count }, () =>
    Object.assign(new ErasureTask(), {
      id: randomUUID(),
      requestId: randomUUID(),
      subjectId: randomUUID(),
      subgraph: 'users',
      status: 'PENDING',
      attempts: 0,
      lastError: null,
      lastAttemptAt: null,
      nextAttemptAt: dueAt,
      claimToken: null,
    }),
  );
  await replicaA.dataSource.getRepository(ErasureTask).insert(tasks);
  return tasks.map((task) => task.id);
}

const stored = (ids: string[]) =>
  replicaA.dataSource.getRepository(ErasureTask).find({ where: { id: In(ids) }, order: { id: 'ASC' } });

describe('the outbox claim', () => {
  test('gives every due row to exactly one of many claimers racing on two replicas', async () => {
    const ids = await queue(60);
    const claims = await Promise.all(
      Array.from({ length: 16 }, (_, i) => outboxOf(i % 2 ? replicaA : replicaB).claimDue()),
    );
    const claimed = claims.flat().map((task) => task.id);
    expect(claimed.sort()).toEqual([...ids].sort());
    expect(claims.every((batch) => batch.length <= 7)).toBe(true);
    for (const batch of claims) expect(new Set(batch.map((task) => task.claimToken)).size).toBeLessThanOrEqual(1);
  });

  test('takes only rows that are due, and counts the attempt when it claims', async () => {
    const [later] = await queue(1, new Date(Date.now() + 5000));
    const [due] = await queue(1);
    const claimed = await outboxOf(replicaA).claimDue();
    expect(claimed.map((task) => task.id)).toEqual([due]);
    expect(claimed[0]).toEqual(expect.objectContaining({ attempts: 1, claimToken: expect.any(String) }));
    expect(claimed[0].nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + LEASE_MS - 5000);
    expect(await outboxOf(replicaB).claimDue()).toEqual([]);
    expect((await stored([later]))[0].attempts).toBe(0);
  });

  test('passes the rows of a claimer that died to another replica once the lease runs out, and ignores the late claimer', async () => {
    const ids = await queue(3);
    const dead = await outboxOf(replicaA).claimDue();
    expect(dead).toHaveLength(3);
    expect(await outboxOf(replicaB).claimDue(new Date(Date.now() + LEASE_MS - 1000))).toEqual([]);
    const takenOver = await outboxOf(replicaB).claimDue(new Date(Date.now() + LEASE_MS + 1000));
    expect(takenOver.map((task) => task.attempts)).toEqual([2, 2, 2]);
    await outboxOf(replicaB).deliver(takenOver, async () => undefined);
    // the first claimer wakes up and reports a failure: its claim is gone, so nothing changes
    await outboxOf(replicaA).deliver(dead, async () => {
      throw new Error('too late');
    });
    expect((await stored(ids)).map((task) => [task.status, task.lastError, task.claimToken])).toEqual([
      ['DONE', null, null],
      ['DONE', null, null],
      ['DONE', null, null],
    ]);
  });

  test('records a failure with a growing pause before the retry, and a success as DONE', async () => {
    const [failing, succeeding] = await queue(2);
    const claimed = await outboxOf(replicaA).claimDue();
    const before = Date.now();
    await outboxOf(replicaA).deliver(claimed, async (task) => {
      if (task.id === failing) throw new Error('users subgraph down');
    });
    const [first, second] = await stored([failing, succeeding]).then((rows) => [
      rows.find((r) => r.id === failing)!,
      rows.find((r) => r.id === succeeding)!,
    ]);
    expect(first).toEqual(
      expect.objectContaining({ status: 'PENDING', lastError: 'users subgraph down', claimToken: null, attempts: 1 }),
    );
    expect(first.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 400);
    expect(first.nextAttemptAt.getTime()).toBeLessThan(before + 5000);
    expect(second).toEqual(expect.objectContaining({ status: 'DONE', lastError: null, claimToken: null }));
  });

  test('leaves rows born claimed to their writer until the lease runs out', async () => {
    const outbox = outboxOf(replicaA);
    const task = Object.assign(new ErasureTask(), {
      id: randomUUID(),
      requestId: randomUUID(),
      subjectId: randomUUID(),
      subgraph: 'scores',
      ...outbox.claimedOnCreation(),
    });
    await replicaA.dataSource.getRepository(ErasureTask).insert(task);
    expect(await outboxOf(replicaB).claimDue()).toEqual([]);
    expect((await outboxOf(replicaB).claimDue(new Date(Date.now() + LEASE_MS + 1000))).map((t) => t.id)).toEqual([
      task.id,
    ]);
  });
});

describe('delivery', () => {
  test('settles the delivered rows of a claim in one statement, however many they are', async () => {
    const statementsToDeliver = async (count: number) => {
      await replicaA.dataSource.getRepository(ErasureTask).clear();
      await queue(count);
      const claimed = await outboxOf(replicaA).claimDue();
      const before = replicaA.queries.count;
      await outboxOf(replicaA).deliver(claimed, async () => undefined);
      return replicaA.queries.count - before;
    };
    expect(await statementsToDeliver(7)).toBe(await statementsToDeliver(1));
    const settled = await replicaA.dataSource.getRepository(ErasureTask).find();
    expect(settled.map((task) => [task.status, task.claimToken])).toEqual([['DONE', null]]);
  });

  test('settles the failed rows of a claim in one statement where they failed alike (a batched call that failed), apart where not', async () => {
    const statementsToFail = async (count: number, errorOf: (index: number) => string) => {
      await replicaA.dataSource.getRepository(ErasureTask).clear();
      const ids = await queue(count);
      const claimed = await outboxOf(replicaA).claimDue();
      const before = replicaA.queries.count;
      await outboxOf(replicaA).deliver(claimed, async (task) => {
        throw new Error(errorOf(ids.indexOf(task.id)));
      });
      return replicaA.queries.count - before;
    };
    const down = () => 'scores subgraph down';
    expect(await statementsToFail(7, down)).toBe(await statementsToFail(1, down));
    const settled = await replicaA.dataSource.getRepository(ErasureTask).find();
    expect(settled.map((task) => [task.status, task.lastError, task.claimToken, task.attempts])).toEqual([
      ['PENDING', 'scores subgraph down', null, 1],
    ]);
    // two different failures are two records, each kept
    const one = await statementsToFail(1, down);
    expect(await statementsToFail(6, (i) => `error ${i % 2}`)).toBe(2 * one);
    const errors = (await replicaA.dataSource.getRepository(ErasureTask).find()).map((task) => task.lastError);
    expect(errors.sort()).toEqual(['error 0', 'error 0', 'error 0', 'error 1', 'error 1', 'error 1']);
  });

  test('a wake-up after a commit delivers at once, without waiting for the poll; one during a drain drains again after it', async () => {
    const delivered: string[] = [];
    const sending: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const stop = await pollOutbox(outboxOf(replicaA), {
      name: 'test',
      intervalMs: 3_600_000, // after the first tick, only a wake-up can start a drain
      send: async (task) => {
        sending.push(task.id);
        await held;
        delivered.push(task.id);
      },
    });
    try {
      const [first] = await queue(1);
      wakeOutbox(replicaA.dataSource, ErasureTask);
      await eventually(async () => sending.length === 1, 20_000);
      const [second] = await queue(1); // committed after the running drain claimed, while it delivers
      wakeOutbox(replicaA.dataSource, ErasureTask);
      release();
      await eventually(async () => delivered.length === 2, 20_000);
      expect(delivered).toEqual([first, second]);
    } finally {
      release();
      await stop();
    }
  });
});

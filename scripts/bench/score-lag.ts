import { performance } from 'node:perf_hooks';
import { In } from 'typeorm';
import { readSupergraph } from '../../gateway/compose-supergraph';
import { budgetSettingsFromEnv } from '../../gateway/cost-budget';
import { FREE_PORTS, startPlatform } from '../../platform/launcher';
import { CREDIT_HISTORY, CreditHistoryClass } from '../../shared/data/german-credit';
import { demoUserId } from '../../shared/demo/demo-population';
import { DatabaseSettings } from '../../shared/store/database';
import { dropBenchDatabase } from './bench-database';
import { lockedCreditFile, setCreditHistoryClass } from '../../subgraphs/credit-history/credit-file/class-change';
import { CurrentScore } from '../../subgraphs/scores/entities/CurrentScore';
import { percentile } from './load';

/**
 * Report-to-score lag (issue 16): changes of consumers' credit files committed at a
 * steady rate (BENCH_LAG_RATE per second, default 50, for BENCH_LAG_SECONDS, default
 * 10), each to a different consumer, through the same code a dispute's correction
 * runs (class, version and outbox row in one transaction). The lag of a change is
 * from its commit to the commit of the score computed from it, which every read
 * serves from then on; a sample of them is then read back through the gateway.
 */
const RATE = Number(process.env.BENCH_LAG_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 10);
const GOAL_MS = 2000;

interface Change {
  userId: string;
  version: number;
  committedAt: number;
}

const otherClass = (current: CreditHistoryClass): CreditHistoryClass =>
  Object.values(CREDIT_HISTORY).find((c) => c !== current)!;

export async function benchScoreLag(database: DatabaseSettings): Promise<string> {
  console.error(`score lag: starting the platform on ${database.kind}, then ${RATE} changes/s for ${SECONDS} s…`);
  const platform = await startPlatform({
    database,
    supergraphSdl: readSupergraph(),
    ports: FREE_PORTS,
    seed: true,
    budgets: { ...budgetSettingsFromEnv(), points: { anonymous: 1e9, user: 1e9, partner: 1e9, staff: 1e9 } },
  });
  try {
    const credit = platform.databases['credit-history'].dataSource;
    const count = RATE * SECONDS;
    const change = async (index: number): Promise<Change> => {
      const userId = demoUserId(1 + (index % 1000));
      return credit
        .transaction(async (manager) => {
          const file = (await lockedCreditFile(manager, userId))!;
          await setCreditHistoryClass(manager, file, otherClass(file.creditHistory), new Date());
          return { userId, version: file.scoringInputsVersion + 1, committedAt: 0 };
        })
        .then((made) => ({ ...made, committedAt: Date.now() }));
    };
    const changes: Promise<Change>[] = [];
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      changes.push(change(i));
    }
    const made = await Promise.all(changes);
    const offeredSeconds = (performance.now() - started) / 1000;
    // Each score stored from a change's version (or a later one): its stored_at is when reads serve it.
    const scores = platform.databases.scores.dataSource.getRepository(CurrentScore);
    const deadline = Date.now() + 120_000;
    let stored: CurrentScore[] = [];
    for (;;) {
      stored = await scores.findBy({ userId: In(made.map((c) => c.userId)) });
      const caughtUp = made.every(
        (c) => (stored.find((s) => s.userId === c.userId)?.creditInputsVersion ?? 0) >= c.version,
      );
      if (caughtUp || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const lags = made.flatMap((c) => {
      const score = stored.find((s) => s.userId === c.userId);
      return score && score.creditInputsVersion >= c.version ? [score.storedAt.getTime() - c.committedAt] : [];
    });
    const behind = made.length - lags.length;
    const p = (q: number) => `${Math.max(0, percentile(lags, q)).toFixed(0)} ms`;
    const p99 = percentile(lags, 99);
    return [
      `Report-to-score lag, ${database.kind === 'postgres' ? 'PostgreSQL' : 'in-memory SQLite'}, in-process platform: ${made.length} credit-file changes offered at ${RATE}/s (${(made.length / offeredSeconds).toFixed(1)}/s achieved), one consumer each`,
      `  from the change's commit to the commit of the score computed from it (what every read serves from then on)`,
      `  p50 ${p(50)}  p90 ${p(90)}  p99 ${p(99)}  max ${p(100)}${behind ? `  (${behind} not stored within 120 s)` : ''}`,
      `  goal p99 <= ${GOAL_MS} ms: ${behind === 0 && p99 <= GOAL_MS ? 'met' : 'MISSED'}`,
    ].join('\n');
  } finally {
    await platform.stop();
    await dropBenchDatabase(database);
  }
}

import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ClaimColumns, OutboxItem } from './outbox-item';
import { groupBy } from '../group-by';

export interface OutboxOptions {
  /** how long a claim lasts (default 60 s); a delivery gets half of it */
  leaseMs?: number;
  /** most rows one claim takes (default 20); they are delivered side by side */
  batchSize?: number;
  /** pause before the next try after `attempts` failed ones (default 0.5 s doubling, at most 60 s) */
  retryDelayMs?: (attempts: number) => number;
}

/** Delivers one row; must give up once `signal` aborts. */
export type Send<T> = (item: T, signal: AbortSignal) => Promise<void>;

const defaultRetryDelay = (attempts: number) => Math.min(60_000, 250 * 2 ** attempts);

/**
 * Work that every replica shares, delivered at least once and never by two claimers at once:
 *
 * - A claimer takes due rows with one UPDATE that gives them a fresh claim token and
 *   moves `next_attempt_at` to the end of a lease. On PostgreSQL the rows are picked
 *   `FOR UPDATE SKIP LOCKED`, so concurrent claimers take different rows without
 *   waiting; SQLite has one writer at a time, so the same UPDATE is atomic there.
 * - Only the token's holder settles a row (DONE, or PENDING with its retry time); a
 *   claimer whose lease ran out changes nothing.
 * - A claimer that dies leaves its rows claimed until their lease ends; then any
 *   replica's next poll takes them over.
 * - A delivery is aborted after half the lease, so a live claimer is done before its
 *   claim can pass to someone else, as long as replicas' clocks agree within the
 *   other half (NTP keeps them far closer).
 * - A poll that finds nothing is one indexed UPDATE that touches no row.
 */
export class Outbox<T extends OutboxItem> {
  readonly leaseMs: number;
  readonly batchSize: number;
  private readonly retryDelayMs: (attempts: number) => number;

  constructor(
    readonly dataSource: DataSource,
    readonly entity: EntityTarget<T>,
    options: OutboxOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.retryDelayMs = options.retryDelayMs ?? defaultRetryDelay;
  }

  /**
   * The columns of rows whose writer delivers them itself right after its commit:
   * they are born claimed, so no poller can take them in between.
   */
  claimedOnCreation(now = new Date()): ClaimColumns {
    return {
      status: 'PENDING',
      attempts: 1,
      lastError: null,
      lastAttemptAt: now,
      nextAttemptAt: new Date(now.getTime() + this.leaseMs),
      claimToken: randomUUID(),
    };
  }

  /** Claims up to `batchSize` due rows, oldest due first; none that another claimer holds. */
  async claimDue(now = new Date()): Promise<T[]> {
    const token = randomUUID();
    return this.atomically(async (manager) => {
      const due = manager
        .createQueryBuilder(this.entity, 'due')
        .select('due.id')
        .where('due.status = :pending')
        .andWhere('due.nextAttemptAt <= :now')
        .orderBy('due.nextAttemptAt', 'ASC')
        .limit(this.batchSize);
      if (this.dataSource.options.type === 'postgres') due.setLock('pessimistic_write').setOnLocked('skip_locked');
      const claim = {
        claimToken: token,
        attempts: () => 'attempts + 1',
        lastAttemptAt: now,
        nextAttemptAt: new Date(now.getTime() + this.leaseMs),
      } as QueryDeepPartialEntity<T>;
      const claimed = await manager
        .createQueryBuilder()
        .update(this.entity)
        .set(claim)
        .where(`id IN (${due.getQuery()})`)
        .setParameters({ pending: 'PENDING', now })
        .execute();
      if (!claimed.affected) return [];
      return manager.getRepository(this.entity).findBy({ claimToken: token } as FindOptionsWhere<T>);
    });
  }

  /**
   * Delivers claimed rows side by side and records each outcome under its claim, in one
   * statement per outcome: the delivered rows of a claim together (a batch of a hundred
   * costs one UPDATE, not a hundred), and its failed rows together where they failed
   * alike (a batched call that failed fails each of its rows with the same error) and
   * wait alike before their retry.
   */
  async deliver(items: T[], send: Send<T>): Promise<void> {
    const delivered: T[] = [];
    const failed: { item: T; error: string; delayMs: number }[] = [];
    await Promise.all(
      items.map(async (item) => {
        try {
          await send(item, AbortSignal.timeout(this.leaseMs / 2));
          delivered.push(item);
        } catch (error) {
          const message = (error as Error).message.slice(0, 500);
          failed.push({ item, error: message, delayMs: this.retryDelayMs(item.attempts) });
        }
      }),
    );
    for (const claimed of groupBy(delivered, (item) => item.claimToken).values())
      await this.settle(claimed, { status: 'DONE', lastError: null });
    const alike = groupBy(failed, ({ item, error, delayMs }) => JSON.stringify([item.claimToken, error, delayMs]));
    for (const group of alike.values()) {
      const { error, delayMs } = group[0];
      const rows = group.map(({ item }) => item);
      await this.settle(rows, { lastError: error, nextAttemptAt: new Date(Date.now() + delayMs) });
    }
  }

  /**
   * Keeps claimed rows ours while slow work on them runs, renewing their lease every
   * third of it: work slowed past its lease by a loaded machine would otherwise pass to
   * another claimer, whose work would pass on in turn. A claimer that dies renews
   * nothing, so its rows are taken over once the lease runs out. The rows are of one
   * claim; returns the function that stops renewing.
   */
  keepClaimed(items: readonly T[]): () => void {
    const lease = (): Partial<ClaimColumns> => ({ nextAttemptAt: new Date(Date.now() + this.leaseMs) });
    const renew = () =>
      this.atomically((manager) =>
        manager
          .createQueryBuilder()
          .update(this.entity)
          .set({ ...lease() } as QueryDeepPartialEntity<T>)
          .where("id IN (:...ids) AND claim_token = :token AND status = 'PENDING'", {
            ids: items.map((item) => item.id),
            token: items[0].claimToken,
          })
          .execute(),
      ).catch((error: Error) => console.error(`outbox: a claim could not be renewed: ${error.message}`));
    const timer = setInterval(() => void renew(), this.leaseMs / 3);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Records an outcome for rows of one claim, if the claim is still ours. The rows of a
   * claim share its lease, so they pass to another claimer together or not at all.
   */
  private async settle(items: T[], outcome: Partial<ClaimColumns>): Promise<void> {
    const result = await this.atomically((manager) =>
      manager
        .createQueryBuilder()
        .update(this.entity)
        .set({ ...outcome, claimToken: null } as QueryDeepPartialEntity<T>)
        .where('id IN (:...ids) AND claim_token = :token', {
          ids: items.map((item) => item.id),
          token: items[0].claimToken,
        })
        .execute(),
    );
    if (result.affected === items.length) for (const item of items) Object.assign(item, outcome, { claimToken: null });
  }

  /**
   * PostgreSQL runs each statement on its own pooled connection, atomically. TypeORM
   * gives SQLite one shared connection, so a bare statement sent while a request's
   * transaction is open would join it and vanish with its rollback: there, claims and
   * settlements run as transactions of their own.
   */
  private atomically<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.options.type === 'postgres'
      ? work(this.dataSource.manager)
      : this.dataSource.transaction(work);
  }
}

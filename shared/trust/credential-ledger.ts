import Redis from 'ioredis';
import { asBackgroundWork, asTransportWork, SubgraphDatabase } from '../store/database';
import { connectRedis } from '../store/redis';
import { isUniqueViolation } from '../store/unique-violation';
import { UsedCredential } from '../store/used-credential';
import { UsedCredentials } from './internal-auth';

/**
 * Where a subgraph remembers the internal credentials it has accepted, so that each is
 * good for one request. Replicas of a subgraph must share it, or a credential captured
 * on the wire is good once more at every other replica (the outside probe's finding).
 *
 * Why a shared store, not a credential bound to one replica: behind a load balancer the
 * gateway does not know which replica will answer (they share one URL), so it cannot
 * name it in the credential; and binding to the TLS channel would need mutual TLS on
 * every hop. Replicas already share a store, so they share this memory too: Redis when
 * REDIS_URL is set (one SET NX per request, gone when the credential expires), else the
 * subgraph's own database (one INSERT on a primary key per request; expired rows purged).
 */
export interface CredentialLedger {
  /** False when the id was claimed before, by this replica or another. */
  claim(id: string, expiresAtMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How often a replica deletes the rows of credentials that have expired (they can no longer be replayed). */
const PURGE_INTERVAL_MS = 30_000;

/** The subgraph's own store (SQLite or PostgreSQL): replicas on one store share it. */
export function databaseLedger(database: SubgraphDatabase): CredentialLedger {
  const rows = database.dataSource.getRepository(UsedCredential);
  let lastPurge = Date.now();
  const purgeExpired = () => {
    lastPurge = Date.now();
    void asBackgroundWork(() =>
      rows.createQueryBuilder().delete().where('expires_at < :now', { now: new Date() }).execute(),
    ).catch((error) => console.error(`[credence] purging used credentials: ${(error as Error).message}`));
  };
  return {
    async claim(id, expiresAtMs) {
      if (Date.now() - lastPurge > PURGE_INTERVAL_MS) purgeExpired();
      try {
        await asTransportWork(() => rows.insert({ id, expiresAt: new Date(expiresAtMs) }));
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async close() {},
  };
}

/**
 * Redis (REDIS_URL), shared by every replica whatever its store. While Redis cannot be
 * reached, each replica remembers in its own memory until it is back, as the cost
 * budgets do: a replay then works at most once per replica, as before shared memory.
 */
export function redisLedger(redis: Redis, keyPrefix: string): CredentialLedger {
  const insurance = new UsedCredentials();
  return {
    async claim(id, expiresAtMs) {
      const ttl = Math.max(1, expiresAtMs - Date.now() + 1000);
      try {
        return (await redis.set(`${keyPrefix}:${id}`, '1', 'PX', ttl, 'NX')) === 'OK';
      } catch {
        return insurance.claim(id, expiresAtMs);
      }
    },
    async close() {
      await redis.quit();
    },
  };
}

export const CREDENTIAL_KEY_PREFIX = 'credence:credential';

/** Redis when REDIS_URL is set, else the subgraph's database. */
export async function credentialLedgerFromEnv(
  database: SubgraphDatabase,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CredentialLedger> {
  return env.REDIS_URL
    ? redisLedger(await connectRedis(env.REDIS_URL), CREDENTIAL_KEY_PREFIX)
    : databaseLedger(database);
}

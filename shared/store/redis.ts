import Redis from 'ioredis';

/**
 * Connects to the Redis that replicas share (REDIS_URL), or fails saying so: a
 * misconfigured URL is a start-up error, not a silent fall back to per-process state.
 * Without an offline queue, a command sent while Redis is away fails at once, so the
 * caller can fall back to memory for the gap instead of waiting.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined); // reconnects by itself; callers cover the gap
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL is set, but Redis could not be reached: ${(error as Error).message}`);
  }
  return redis;
}

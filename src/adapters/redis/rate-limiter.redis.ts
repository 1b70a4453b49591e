import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import type { RateLimiter } from "../../application/shared/rate-limiter.ts";
import { flexibleRateLimiter } from "../rate-limit/flexible-rate-limiter.ts";

/**
 * rate-limiter-flexible's Redis store (REDIS_URL, docs/adr/0016): one Lua script per hit, atomic on the server,
 * shared by every instance using that Redis; the window's time is the server's. While Redis does not answer, an
 * in-process memory limiter of the same rule decides (the library's insurance limiter), so an outage of Redis
 * loosens the limits to per-instance ones instead of refusing every public write.
 */
export function createRedisRateLimiter(client: Redis): RateLimiter {
  return flexibleRateLimiter(
    (options) =>
      new RateLimiterRedis({
        ...options,
        storeClient: client,
        useRedisPackage: false,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
  );
}

/**
 * An ioredis client for REDIS_URL that never queues commands while disconnected (the insurance limiter answers
 * at once instead) and does not hold the process open on its own.
 */
export function connectRedis(url: string): Redis {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  client.on("error", () => {}); // reconnection is automatic; a refused connection must not crash the process
  return client;
}

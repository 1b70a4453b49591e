import { createMemoryRateLimiter } from "../adapters/memory/rate-limiter.memory.ts";
import type { DatabaseHandle } from "../adapters/postgres/database.ts";
import { createPgRateLimiter } from "../adapters/postgres/rate-limit/rate-limiter.postgres.ts";
import type { RateLimiter } from "../application/shared/rate-limiter.ts";
import type { Config } from "../config.ts";
import { clientAddress } from "../http/middleware/client-address.ts";
import { type PublicLimits, publicLimitsGuard } from "../http/middleware/public-limits.ts";
import { tooManyRequestsPage } from "../http/pages/site/too-many-requests.tsx";
import type { Router } from "./context-module.ts";

/**
 * docs/adr/0016: ONE limiter for the whole service, so that a bucket (an email address, a partner key) is the same
 * whoever counts in it. Redis when REDIS_URL is set; else PostgreSQL, shared by every instance on the database;
 * memory only on PGlite, which a single process holds. The Redis adapter (and ioredis) is imported only when
 * REDIS_URL is set, so a service without Redis does not carry it.
 */
export function configuredRateLimiter(config: Config, handle: DatabaseHandle): RateLimiter {
  const { redisUrl } = config.limits;
  if (redisUrl) {
    const redis = import("../adapters/redis/rate-limiter.redis.ts").then((adapter) =>
      adapter.createRedisRateLimiter(adapter.connectRedis(redisUrl)),
    );
    redis.catch(() => {}); // an import failure is reported by the first hit, never as an unhandled rejection
    return { hit: async (key, rule) => (await redis).hit(key, rule) };
  }
  return handle.engine === "postgres" ? createPgRateLimiter(handle.db) : createMemoryRateLimiter();
}

const minutes = (limit: { limit: number; windowMinutes: number }) => ({
  limit: limit.limit,
  windowMs: limit.windowMinutes * 60_000,
});

/**
 * The registry of per-address limits (docs/adr/0016): every public write gets PUBLIC_WRITE_LIMIT_PER_IP by default,
 * without being listed; the routes listed here get their own rule (a key that names no route stops the start-up).
 */
export function publicLimits(config: Config, limiter: RateLimiter): PublicLimits {
  const { perAddress, trustProxy } = config.limits;
  const signUp = minutes(perAddress.signUp);
  return {
    defaultRule: minutes(perAddress.publicWrite),
    routes: {
      "POST /api/v1/auth/magic-link": minutes(config.identity.loginLinkLimits.perIp),
      "POST /api/v1/recruiters": signUp,
      "POST /api/v1/cfas": signUp,
      "POST /api/v1/join-requests": signUp,
      // A public read, listed because every look-up that misses the cache spends INSEE's quota.
      "GET /api/v1/establishments/{siret}": minutes(perAddress.establishmentLookup),
    },
    limiter,
    clientAddress: (c) => clientAddress(c, trustProxy),
    refusePage: tooManyRequestsPage,
  };
}

/** The guard router, mounted before all the others so that its middleware runs first for each of them. */
export function withPublicLimits(routers: readonly Router[], limits: PublicLimits): readonly Router[] {
  return [publicLimitsGuard(routers, limits), ...routers];
}

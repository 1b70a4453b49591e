import { once } from "node:events";
import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { connectRedis, createRedisRateLimiter } from "../../src/adapters/redis/rate-limiter.redis.ts";
import { rateLimiterContract, sharedRateLimiterContract } from "./rate-limiter.contract.ts";

/**
 * Against a real Redis: REDIS_URL, else the one every machine of this project runs on 127.0.0.1:6379 (README
 * "Tests"). No fallback to a fake: a Redis that does not answer fails these tests, it does not skip them.
 */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function connected(): Promise<Redis> {
  const client = connectRedis(REDIS_URL);
  if (client.status !== "ready") {
    const ready = once(client, "ready");
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`Redis injoignable à ${REDIS_URL} (REDIS_URL)`)), 3000).unref(),
    );
    await Promise.race([ready, timeout]).catch((error) => {
      client.disconnect();
      throw error;
    });
  }
  return client;
}

async function onRedis() {
  const [first, second] = [await connected(), await connected()];
  return {
    limiter: createRedisRateLimiter(first),
    sibling: createRedisRateLimiter(second),
    close: async () => {
      first.disconnect();
      second.disconnect();
    },
  };
}

rateLimiterContract("Redis", onRedis);
sharedRateLimiterContract("Redis", onRedis);

describe("Redis rate limiter while Redis does not answer", () => {
  it("decides with the in-process insurance limiter instead of failing the request", async () => {
    const client = connectRedis("redis://127.0.0.1:1"); // nothing listens on port 1
    try {
      const limiter = createRedisRateLimiter(client);
      const rule = { limit: 1, windowMs: 60_000 };
      expect(await limiter.hit("outage", rule)).toEqual({ allowed: true });
      expect(await limiter.hit("outage", rule)).toMatchObject({ allowed: false });
    } finally {
      client.disconnect();
    }
  });
});

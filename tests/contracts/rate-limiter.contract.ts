import { beforeEach, describe, expect, it } from "vitest";
import type { RateLimiter } from "../../src/application/shared/rate-limiter.ts";

const t0 = new Date("2026-11-02T08:00:00Z").getTime();
const at = (ms: number) => new Date(t0 + ms);
const rule = { limit: 2, windowMs: 60_000 };

/** One behavioural suite for every RateLimiter adapter. */
export function rateLimiterContract(name: string, factory: () => Promise<RateLimiter>) {
  describe(`RateLimiter contract — ${name}`, () => {
    let limiter: RateLimiter;
    beforeEach(async () => {
      limiter = await factory();
    });

    it("accepts `limit` hits per window and key, then says how long to wait", async () => {
      expect(await limiter.hit("k", rule, at(0))).toMatchObject({ allowed: true });
      expect(await limiter.hit("k", rule, at(10_000))).toMatchObject({ allowed: true });
      expect(await limiter.hit("k", rule, at(20_000))).toEqual({ allowed: false, retryAfterSeconds: 40 });
      expect(await limiter.hit("other", rule, at(20_000))).toMatchObject({ allowed: true });
    });

    it("does not count refused hits: the key is free again when its oldest hit leaves the window", async () => {
      await limiter.hit("k", rule, at(0));
      await limiter.hit("k", rule, at(10_000));
      for (let s = 20; s < 60; s += 10) await limiter.hit("k", rule, at(s * 1000));
      expect(await limiter.hit("k", rule, at(60_000))).toMatchObject({ allowed: true });
      expect(await limiter.hit("k", rule, at(60_001))).toEqual({ allowed: false, retryAfterSeconds: 10 });
    });
  });
}

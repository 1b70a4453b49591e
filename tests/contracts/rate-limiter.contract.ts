import { afterAll, describe, expect, it } from "vitest";
import type { RateLimiter } from "../../src/application/shared/rate-limiter.ts";

export type RateLimiterUnderTest = Readonly<{
  limiter: RateLimiter;
  /** A second adapter on the same store, as another instance of the service would build it (shared stores only). */
  sibling?: RateLimiter;
  close?: () => Promise<void>;
}>;

const rule = { limit: 2, windowMs: 60_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Stores that outlive the test (Redis) must not see the keys of an earlier run. */
const run = Math.random().toString(36).slice(2, 10);
let sequence = 0;
const freshKey = () => `contract:${run}:${++sequence}`;

/** One behavioural suite for every RateLimiter adapter (docs/adr/0016): the store keeps its own, real time. */
export function rateLimiterContract(name: string, factory: () => Promise<RateLimiterUnderTest>) {
  describe(`RateLimiter contract — ${name}`, () => {
    const made: RateLimiterUnderTest[] = [];
    const make = async () => {
      const underTest = await factory();
      made.push(underTest);
      return underTest;
    };
    afterAll(async () => {
      for (const underTest of made) await underTest.close?.();
    });

    it("accepts `limit` hits per window and key, then says how long to wait", async () => {
      const { limiter } = await make();
      const [key, other] = [freshKey(), freshKey()];
      expect(await limiter.hit(key, rule)).toEqual({ allowed: true });
      expect(await limiter.hit(key, rule)).toEqual({ allowed: true });
      const refused = await limiter.hit(key, rule);
      expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(55);
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(await limiter.hit(other, rule)).toEqual({ allowed: true });
    });

    it("frees the key when its window ends, however often it was refused meanwhile", async () => {
      const { limiter } = await make();
      const key = freshKey();
      const short = { limit: 1, windowMs: 1000 };
      expect(await limiter.hit(key, short)).toEqual({ allowed: true });
      for (let i = 0; i < 3; i++)
        expect(await limiter.hit(key, short)).toEqual({ allowed: false, retryAfterSeconds: 1 });
      await sleep(1100);
      expect(await limiter.hit(key, short)).toEqual({ allowed: true });
    });

    it("keeps one counter per rule: the same key under another rule starts afresh", async () => {
      const { limiter } = await make();
      const key = freshKey();
      await limiter.hit(key, rule);
      await limiter.hit(key, rule);
      expect(await limiter.hit(key, { limit: 1, windowMs: 120_000 })).toEqual({ allowed: true });
    });

    it("accepts exactly `limit` of many concurrent hits", async () => {
      const { limiter } = await make();
      const key = freshKey();
      const decisions = await Promise.all(Array.from({ length: 12 }, () => limiter.hit(key, { ...rule, limit: 5 })));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
    });
  });
}

/** For stores shared by every instance (PostgreSQL, Redis): what one instance counted, the other sees. */
export function sharedRateLimiterContract(name: string, factory: () => Promise<RateLimiterUnderTest>) {
  describe(`RateLimiter contract, shared store — ${name}`, () => {
    it("counts the hits of two instances in one window", async () => {
      const underTest = await factory();
      try {
        const { limiter, sibling } = underTest;
        if (!sibling) throw new Error("a shared store needs a sibling adapter");
        const key = freshKey();
        expect(await limiter.hit(key, rule)).toEqual({ allowed: true });
        expect(await sibling.hit(key, rule)).toEqual({ allowed: true });
        expect(await limiter.hit(key, rule)).toMatchObject({ allowed: false });
        expect(await sibling.hit(key, rule)).toMatchObject({ allowed: false });
      } finally {
        await underTest.close?.();
      }
    });
  });
}

import { describe, expect, it } from "vitest";
import { decideRate } from "../../src/domain/shared/rate-limit.ts";

const rule = { limit: 3, windowMs: 60_000 };

describe("decideRate (sliding window)", () => {
  it.each([
    ["no hit yet", [], 100_000, { allowed: true, hits: [100_000] }],
    ["under the limit", [50_000, 60_000], 100_000, { allowed: true, hits: [50_000, 60_000, 100_000] }],
    [
      "at the limit: wait until the oldest leaves",
      [50_000, 60_000, 70_000],
      100_000,
      { allowed: false, retryAfterSeconds: 10 },
    ],
    ["old hits are forgotten", [10_000, 20_000, 70_000], 100_000, { allowed: true, hits: [70_000, 100_000] }],
    [
      "a hit exactly one window old has left",
      [40_000, 60_000, 70_000],
      100_000,
      { allowed: true, hits: [60_000, 70_000, 100_000] },
    ],
    ["at least one second", [40_001, 60_000, 70_000], 100_000, { allowed: false, retryAfterSeconds: 1 }],
  ])("%s", (_, hits, now, expected) => {
    expect(decideRate(hits, rule, now)).toEqual(expected);
  });
});

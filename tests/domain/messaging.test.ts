import { describe, expect, it } from "vitest";
import { extractLinks } from "../../src/domain/messaging/links.ts";
import { afterFailedAttempt, retryDelayMs } from "../../src/domain/messaging/retry-policy.ts";

const policy = { maxAttempts: 5, baseDelayMs: 2_000, maxDelayMs: 10_000 };

describe("retryDelayMs", () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 10_000],
    [40, 10_000],
  ])("attempt %i waits %i ms (doubling, capped)", (attempt, delay) => {
    expect(retryDelayMs(attempt, policy)).toBe(delay);
  });
});

describe("afterFailedAttempt", () => {
  const failedAt = new Date("2026-11-02T08:00:00Z");

  it("retries a transient failure after the backoff delay", () => {
    expect(afterFailedAttempt(2, failedAt, policy, false)).toEqual({
      kind: "retry",
      nextAttemptAt: new Date("2026-11-02T08:00:04Z"),
    });
  });

  it("gives up after the last allowed attempt", () => {
    expect(afterFailedAttempt(5, failedAt, policy, false)).toEqual({ kind: "dead", reason: "attempts_exhausted" });
  });

  it("never retries a permanent refusal", () => {
    expect(afterFailedAttempt(1, failedAt, policy, true)).toEqual({ kind: "dead", reason: "permanent" });
  });
});

describe("extractLinks", () => {
  it.each([
    ["Cliquez sur https://lba.test/a/tok-1.", [], ["https://lba.test/a/tok-1"]],
    [
      "Voir (https://lba.test/x) puis http://autre.test/y?a=1&b=2 !",
      [],
      ["https://lba.test/x", "http://autre.test/y?a=1&b=2"],
    ],
    ["Pas de lien ici, ni ftp://lba.test.", [], []],
    [
      "https://lba.test/a",
      ['<a href="https://lba.test/a">ici</a> <a href="https://lba.test/b?x=1&amp;y=2">là</a>'],
      ["https://lba.test/a", "https://lba.test/b?x=1&y=2"],
    ],
  ])("%s", (text, html, links) => {
    expect(extractLinks(text, ...html)).toEqual(links);
  });

  it("ignores absent bodies", () => {
    expect(extractLinks(null, undefined)).toEqual([]);
  });
});

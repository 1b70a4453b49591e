import { describe, expect, it } from "vitest";
import {
  checkLinkToken,
  LINK_TOKEN_PATTERN,
  markLinkTokenUsed,
  type StoredLinkToken,
} from "../../src/domain/shared/link-token.ts";

const now = new Date("2026-03-10T10:00:00Z");
const stored: StoredLinkToken = {
  tokenHash: "a".repeat(64),
  purpose: "login",
  expiresAt: new Date("2026-03-10T11:00:00Z"),
  usedAt: null,
};

describe("checkLinkToken", () => {
  it("accepts an unused link of the expected purpose before its expiry", () => {
    expect(checkLinkToken(stored, { purpose: "login", now })).toEqual({ ok: true, value: stored });
    const lastMillisecond = new Date(stored.expiresAt.getTime() - 1);
    expect(checkLinkToken(stored, { purpose: "login", now: lastMillisecond }).ok).toBe(true);
  });

  it.each([
    ["unknown", null, now],
    ["expired", stored, stored.expiresAt],
    ["expired", stored, new Date("2026-03-11T00:00:00Z")],
    ["used", markLinkTokenUsed(stored, new Date("2026-03-10T10:05:00Z")), now],
    ["wrong_purpose", { ...stored, purpose: "offer_action" as const }, now],
  ])("refuses with LINK_INVALID %s", (reason, candidate, at) => {
    expect(checkLinkToken(candidate, { purpose: "login", now: at })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason },
    });
  });

  it("marks a link used without touching the stored value", () => {
    const used = markLinkTokenUsed(stored, now);
    expect(used.usedAt).toEqual(now);
    expect(stored.usedAt).toBeNull();
  });
});

describe("LINK_TOKEN_PATTERN", () => {
  it.each([["A".repeat(43)], [`${"-_".repeat(21)}x`]])("accepts %s", (token) => {
    expect(LINK_TOKEN_PATTERN.test(token)).toBe(true);
  });

  it.each([["A".repeat(42)], ["A".repeat(44)], [`${"A".repeat(42)}=`], [`${"A".repeat(42)}/`], ["jean@example.fr"]])(
    "refuses %s",
    (token) => {
      expect(LINK_TOKEN_PATTERN.test(token)).toBe(false);
    },
  );
});

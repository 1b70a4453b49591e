import { describe, expect, it } from "vitest";
import { webCryptoSecrets } from "../../../src/adapters/system/web-crypto-secrets.ts";
import {
  checkLinkToken,
  hashLinkToken,
  issueLinkToken,
  LINK_TOKEN_PATTERN,
  type SecretGenerator,
  toBase64Url,
} from "../../../src/application/shared/link-tokens.ts";

const fixedSecrets = (byte: number): SecretGenerator => ({
  randomBytes: (length) => new Uint8Array(length).fill(byte),
});
const now = new Date("2026-03-10T10:00:00Z");

describe("hashLinkToken", () => {
  it("is the lower-case hex SHA-256 of the token, stable across calls", async () => {
    const known = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2 "abc"
    expect(await hashLinkToken("abc")).toBe(known);
    expect(await hashLinkToken("abc")).toBe(known);
    expect(await hashLinkToken("abd")).not.toBe(known);
  });
});

describe("toBase64Url", () => {
  it("uses the URL-safe alphabet without padding", () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
    expect(toBase64Url(new Uint8Array([0xff]))).toBe("_w");
  });
});

describe("issueLinkToken", () => {
  it("returns a 43-character token, its hash and the expiry for the purpose", async () => {
    const issued = await issueLinkToken(fixedSecrets(0xff), { purpose: "login", now, validityMinutes: 60 });
    expect(issued).toEqual({
      token: `${"_".repeat(42)}8`,
      tokenHash: await hashLinkToken(`${"_".repeat(42)}8`),
      purpose: "login",
      expiresAt: new Date("2026-03-10T11:00:00Z"),
    });
    expect(LINK_TOKEN_PATTERN.test(issued.token)).toBe(true);
  });

  it("round-trips: the stored hash is found again from the token in the URL and passes the check", async () => {
    const issued = await issueLinkToken(webCryptoSecrets, { purpose: "offer_action", now, validityMinutes: 30 });
    const table = new Map([[issued.tokenHash, { ...issued, usedAt: null }]]);
    const found = table.get(await hashLinkToken(issued.token)) ?? null;
    expect(checkLinkToken(found, { purpose: "offer_action", now }).ok).toBe(true);
    const later = new Date(now.getTime() + 30 * 60_000);
    expect(checkLinkToken(found, { purpose: "offer_action", now: later })).toMatchObject({
      error: { reason: "expired" },
    });
  });

  it("draws fresh randomness from Web Crypto each time", async () => {
    const request = { purpose: "login", now, validityMinutes: 60 } as const;
    const [a, b] = await Promise.all([
      issueLinkToken(webCryptoSecrets, request),
      issueLinkToken(webCryptoSecrets, request),
    ]);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "../../../src/domain/partner-access/constant-time.ts";
import {
  checkPartnerApiKey,
  DEFAULT_PARTNER_QUOTA,
  isWellFormedPartnerApiKey,
  newPartnerApiKey,
  type PartnerApiKey,
  revokePartnerApiKey,
} from "../../../src/domain/partner-access/partner-api-key.ts";

const now = new Date("2026-11-02T08:00:00Z");
const hash = "a".repeat(64);
const key: PartnerApiKey = {
  id: "key-1",
  partnerName: "Parcoursup",
  keyHash: hash,
  quota: { limit: 10, windowMs: 60_000 },
  createdAt: now,
  revokedAt: null,
};

describe("partner API key format", () => {
  it.each([
    ["lba_ and 43 base64url characters", `lba_${"Ab9-_".repeat(8)}xyz`, true],
    ["the demo shape", "lba_demo_cle-publique-de-developpement-local-01", true],
    ["no prefix", "Ab9-_".repeat(8).concat("xyzabcd"), false],
    ["another prefix", `lbb_${"a".repeat(43)}`, false],
    ["an upper-case prefix", `LBA_${"a".repeat(43)}`, false],
    ["42 characters", `lba_${"a".repeat(42)}`, false],
    ["44 characters", `lba_${"a".repeat(44)}`, false],
    ["standard base64", `lba_${"a".repeat(42)}+`, false],
    ["padding", `lba_${"a".repeat(42)}=`, false],
    ["a space", `lba_${"a".repeat(42)} `, false],
    ["empty", "", false],
  ])("%s → %s", (_, candidate, wellFormed) => {
    expect(isWellFormedPartnerApiKey(candidate)).toBe(wellFormed);
  });
});

describe("newPartnerApiKey", () => {
  const input = { id: "key-1", partnerName: "  ONISEP ", keyHash: hash, quota: DEFAULT_PARTNER_QUOTA, now };

  it("trims the partner's name and starts unrevoked", () => {
    expect(newPartnerApiKey(input)).toEqual({
      ok: true,
      value: {
        id: "key-1",
        partnerName: "ONISEP",
        keyHash: hash,
        quota: DEFAULT_PARTNER_QUOTA,
        createdAt: now,
        revokedAt: null,
      },
    });
  });

  it.each([
    ["partnerName", { partnerName: "   " }],
    ["partnerName", { partnerName: "x".repeat(101) }],
    ["quota", { quota: { limit: 0, windowMs: 60_000 } }],
    ["quota", { quota: { limit: 1.5, windowMs: 60_000 } }],
    ["quota", { quota: { limit: 10, windowMs: 999 } }],
    ["quota", { quota: { limit: 10, windowMs: 86_400_001 } }],
  ])("refuses a bad %s", (field, change) => {
    expect(newPartnerApiKey({ ...input, ...change })).toEqual({
      ok: false,
      error: { code: "PARTNER_KEY_REQUEST_INVALID", field },
    });
  });
});

describe("checkPartnerApiKey", () => {
  it("admits the key whose hash was presented, with its own quota", () => {
    expect(checkPartnerApiKey(key, hash)).toEqual({
      ok: true,
      value: { keyId: "key-1", partnerName: "Parcoursup", quota: { limit: 10, windowMs: 60_000 } },
    });
  });

  it.each([
    ["unknown", null, hash],
    ["unknown", key, "b".repeat(64)],
    ["unknown", key, "A".repeat(64)],
    ["revoked", revokePartnerApiKey(key, now), hash],
  ])("refuses with API_KEY_INVALID %s", (reason, stored, presented) => {
    expect(checkPartnerApiKey(stored, presented)).toEqual({ ok: false, error: { code: "API_KEY_INVALID", reason } });
  });

  it("keeps the first revocation date", () => {
    const revoked = revokePartnerApiKey(key, now);
    expect(revokePartnerApiKey(revoked, new Date("2027-01-01T00:00:00Z")).revokedAt).toEqual(now);
    expect(key.revokedAt).toBeNull();
  });
});

describe("constantTimeEqual", () => {
  it.each([
    ["", "", true],
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["abc", "ab", false],
    ["ab", "abc", false],
    ["abc", "", false],
    ["\u0000", "", false],
  ])("%j = %j → %s", (a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal);
  });
});

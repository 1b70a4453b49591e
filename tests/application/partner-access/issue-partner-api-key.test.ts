import { describe, expect, it } from "vitest";
import {
  DEFAULT_PARTNER_QUOTA,
  DEMO_PARTNER_API_KEY,
  hashPartnerApiKey,
  PARTNER_API_KEY_PATTERN,
  partnerAccessFixtures,
} from "../../../src/application/partner-access/index.ts";
import { partnerAccessOnFakes } from "./partner-access-fakes.ts";

describe("issuePartnerApiKey", () => {
  it("returns the clear key once and stores only its SHA-256", async () => {
    const fakes = partnerAccessOnFakes();
    const { clearKey, key } = await fakes.aKey(" 1jeune1solution ");
    expect(clearKey).toMatch(PARTNER_API_KEY_PATTERN);
    expect(key).toEqual({
      id: "key-1",
      partnerName: "1jeune1solution",
      keyHash: await hashPartnerApiKey(clearKey),
      quota: DEFAULT_PARTNER_QUOTA,
      createdAt: new Date("2026-11-02T08:00:00Z"),
      revokedAt: null,
    });
    expect(key.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(fakes.keys.rows())).not.toContain(clearKey.slice(4));
  });

  it("gives every key its own secret", async () => {
    const fakes = partnerAccessOnFakes();
    const first = await fakes.aKey();
    const second = await fakes.aKey();
    expect(second.clearKey).not.toBe(first.clearKey);
    expect(second.key.keyHash).not.toBe(first.key.keyHash);
  });

  it("keeps a quota chosen for the partner", async () => {
    const fakes = partnerAccessOnFakes();
    const { key } = await fakes.aKey("Parcoursup", { limit: 10_000, windowMs: 3_600_000 });
    expect(key.quota).toEqual({ limit: 10_000, windowMs: 3_600_000 });
  });

  it.each([
    ["partnerName", { partnerName: "" }],
    ["quota", { partnerName: "ONISEP", quota: { limit: 0, windowMs: 60_000 } }],
  ])("refuses a bad %s and stores nothing", async (field, request) => {
    const fakes = partnerAccessOnFakes();
    expect(await fakes.issuePartnerApiKey(request)).toEqual({
      ok: false,
      error: { code: "PARTNER_KEY_REQUEST_INVALID", field },
    });
    expect(fakes.keys.rows()).toEqual([]);
  });
});

describe("hashPartnerApiKey", () => {
  it("is SHA-256 in lower-case hex (FIPS 180-2 test vector)", async () => {
    expect(await hashPartnerApiKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("listing and revoking keys", () => {
  it("lists every key oldest first, without hashes", async () => {
    const fakes = partnerAccessOnFakes();
    await fakes.aKey("ONISEP");
    fakes.clock.advance(1_000);
    const { key } = await fakes.aKey("Parcoursup");
    await fakes.revokePartnerApiKey(key.id);
    const listed = await fakes.listPartnerApiKeys();
    expect(listed.map((k) => [k.partnerName, k.revokedAt])).toEqual([
      ["ONISEP", null],
      ["Parcoursup", new Date("2026-11-02T08:00:01Z")],
    ]);
    expect(listed.every((k) => !("keyHash" in k))).toBe(true);
  });

  it("tells a second revocation and an unknown key apart", async () => {
    const fakes = partnerAccessOnFakes();
    const { key } = await fakes.aKey();
    expect(await fakes.revokePartnerApiKey(key.id)).toBe("revoked");
    expect(await fakes.revokePartnerApiKey(key.id)).toBe("already_revoked");
    expect(await fakes.revokePartnerApiKey("key-404")).toBe("not_found");
  });
});

describe("partnerAccessFixtures (GET /dev/fixtures)", () => {
  it("gives the demo key in development and null in production", async () => {
    expect(await partnerAccessFixtures({ mode: "development" })()).toEqual({ partnerApiKey: DEMO_PARTNER_API_KEY });
    expect(await partnerAccessFixtures({ mode: "production" })()).toEqual({ partnerApiKey: null });
  });
});

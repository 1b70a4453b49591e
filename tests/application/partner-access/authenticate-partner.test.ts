import { describe, expect, it } from "vitest";
import { DEMO_PARTNER_API_KEY, PARTNER_API_KEY_PATTERN } from "../../../src/application/partner-access/index.ts";
import { partnerAccessOnFakes } from "./partner-access-fakes.ts";

const invalid = (reason: string) => ({ ok: false, error: { code: "API_KEY_INVALID", reason } });

describe("authenticatePartner", () => {
  it("resolves the partner of a known key, with its quota", async () => {
    const fakes = partnerAccessOnFakes();
    const { clearKey, key } = await fakes.aKey("1jeune1solution", { limit: 5, windowMs: 60_000 });
    expect(await fakes.authenticatePartner({ apiKey: clearKey })).toEqual({
      ok: true,
      value: { keyId: key.id, partnerName: "1jeune1solution", quota: { limit: 5, windowMs: 60_000 } },
    });
    expect(await fakes.authenticatePartner({ apiKey: ` ${clearKey} ` })).toMatchObject({ ok: true });
  });

  it.each([
    ["missing", null],
    ["missing", undefined],
    ["missing", "  "],
    ["malformed", "lba_trop-court"],
    ["malformed", "Bearer lba_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
    ["unknown", `lba_${"a".repeat(43)}`],
  ])("refuses with API_KEY_INVALID %s (%j)", async (reason, apiKey) => {
    const fakes = partnerAccessOnFakes();
    await fakes.aKey();
    expect(await fakes.authenticatePartner({ apiKey })).toEqual(invalid(reason));
  });

  it("refuses a revoked key from the moment it is revoked", async () => {
    const fakes = partnerAccessOnFakes();
    const { clearKey, key } = await fakes.aKey();
    expect((await fakes.authenticatePartner({ apiKey: clearKey })).ok).toBe(true);
    expect(await fakes.revokePartnerApiKey(key.id)).toBe("revoked");
    expect(await fakes.authenticatePartner({ apiKey: clearKey })).toEqual(invalid("revoked"));
  });

  it("refuses past the key's quota, then lets the partner through once the window has passed", async () => {
    const fakes = partnerAccessOnFakes();
    // docs/adr/0016: the limiter keeps its own time, so the window is short and real.
    const { clearKey } = await fakes.aKey("Parcoursup", { limit: 2, windowMs: 1_000 });
    expect((await fakes.authenticatePartner({ apiKey: clearKey })).ok).toBe(true);
    expect((await fakes.authenticatePartner({ apiKey: clearKey })).ok).toBe(true);
    expect(await fakes.authenticatePartner({ apiKey: clearKey })).toEqual({
      ok: false,
      error: { code: "RATE_LIMITED", retryAfterSeconds: 1, quota: { limit: 2, windowMs: 1_000 } },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await fakes.authenticatePartner({ apiKey: clearKey })).ok).toBe(true);
  });

  it("counts each key on its own", async () => {
    const fakes = partnerAccessOnFakes();
    const first = await fakes.aKey("ONISEP", { limit: 1, windowMs: 60_000 });
    const second = await fakes.aKey("ONISEP", { limit: 1, windowMs: 60_000 });
    expect((await fakes.authenticatePartner({ apiKey: first.clearKey })).ok).toBe(true);
    expect((await fakes.authenticatePartner({ apiKey: first.clearKey })).ok).toBe(false);
    expect((await fakes.authenticatePartner({ apiKey: second.clearKey })).ok).toBe(true);
  });

  it("does not count refused keys against anyone's quota", async () => {
    const fakes = partnerAccessOnFakes();
    const { clearKey } = await fakes.aKey("ONISEP", { limit: 1, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) await fakes.authenticatePartner({ apiKey: `lba_${"b".repeat(43)}` });
    expect((await fakes.authenticatePartner({ apiKey: clearKey })).ok).toBe(true);
  });
});

describe("demo partner key (development mode)", () => {
  it("has the shape of a real key and says it is a demo", () => {
    expect(DEMO_PARTNER_API_KEY).toMatch(PARTNER_API_KEY_PATTERN);
    expect(DEMO_PARTNER_API_KEY.startsWith("lba_demo_")).toBe(true);
  });

  it("is inserted once, however often start-up runs, and then opens the feeds", async () => {
    const fakes = partnerAccessOnFakes({ acceptDemoKey: true });
    expect(await fakes.ensureDemoPartnerKey()).toEqual({ created: true });
    expect(await fakes.ensureDemoPartnerKey()).toEqual({ created: false });
    expect(fakes.keys.rows()).toHaveLength(1);
    expect(await fakes.authenticatePartner({ apiKey: DEMO_PARTNER_API_KEY })).toMatchObject({
      ok: true,
      value: { keyId: "demo-partner-key", partnerName: "Démo (développement local)" },
    });
  });

  it("is refused outside development mode, even when its row exists", async () => {
    const fakes = partnerAccessOnFakes({ acceptDemoKey: false });
    await fakes.ensureDemoPartnerKey();
    expect(await fakes.authenticatePartner({ apiKey: DEMO_PARTNER_API_KEY })).toEqual(invalid("unknown"));
  });

  it("stays revoked when revoked by hand", async () => {
    const fakes = partnerAccessOnFakes();
    await fakes.ensureDemoPartnerKey();
    await fakes.revokePartnerApiKey("demo-partner-key");
    expect(await fakes.ensureDemoPartnerKey()).toEqual({ created: false });
    expect(await fakes.authenticatePartner({ apiKey: DEMO_PARTNER_API_KEY })).toEqual(invalid("revoked"));
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

const getJson = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
};

describe("GET /api/v1/metiers on the shipped ROME v4.60", () => {
  it("answers Boulanger / Boulangère (D1102) first for q=boulan, then labels ranked as docs/API.md says", async () => {
    const { status, body } = await getJson("/api/v1/metiers?q=boulan");
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ romeCode: "D1102", appellation: "Boulanger / Boulangère" });
    // The fiche D1102 bears the same label as its appellation 11573: offered once, as the appellation.
    const boulanger = body.items.filter(
      (i: { appellation: string | null; romeLabel: string }) =>
        (i.appellation ?? i.romeLabel) === "Boulanger / Boulangère",
    );
    expect(boulanger).toEqual([expect.objectContaining({ appellationCode: expect.any(String) })]);
    expect(body.items.length).toBeLessThanOrEqual(20);
    const startsWith = body.items.map((i: { appellation: string | null; romeLabel: string }) =>
      (i.appellation ?? i.romeLabel).toLowerCase().startsWith("boulan"),
    );
    const firstOther = startsWith.indexOf(false);
    expect(firstOther === -1 ? [] : startsWith.slice(firstOther)).not.toContain(true);
  });

  // ROME v4.60 itself spells these titles "Electricien / Electricienne…" (no accent on the capital).
  it("finds the électricien appellations, with or without the accent", async () => {
    const plain = await getJson("/api/v1/metiers?q=electricien");
    const accented = await getJson(`/api/v1/metiers?q=${encodeURIComponent("Électricien")}`);
    expect(plain.body.items.length).toBeGreaterThan(5);
    expect(plain.body.items[0].appellation).toMatch(/^[EÉ]lectricien \/ [EÉ]lectricienne/);
    expect(accented.body).toEqual(plain.body);
  });

  it("is case-insensitive", async () => {
    expect((await getJson("/api/v1/metiers?q=BOULANGER")).body).toEqual(
      (await getJson("/api/v1/metiers?q=boulanger")).body,
    );
  });

  it.each([
    ["an empty q", "/api/v1/metiers?q="],
    ["a missing q", "/api/v1/metiers"],
    ["a one-letter q", "/api/v1/metiers?q=b"],
    ["a 300-character q", `/api/v1/metiers?q=${"a".repeat(300)}`],
  ])("refuses %s with 400 problem+json in French", async (_, path) => {
    const { status, type, body } = await getJson(path);
    expect(status).toBe(400);
    expect(type).toContain("application/problem+json");
    expect(body).toMatchObject({ status: 400, code: "VALIDATION_FAILED", errors: [{ path: "q" }] });
    expect(body.detail).toMatch(/requête/);
  });

  it("lets browsers and shared caches keep the answer an hour (static data), but not a refusal", async () => {
    expect((await app.request("/api/v1/metiers?q=boulan")).headers.get("cache-control")).toBe("public, max-age=3600");
    expect((await app.request("/api/v1/metiers?q=b")).headers.get("cache-control")).toBeNull();
  });

  it("ignores unknown parameters", async () => {
    const { status, body } = await getJson("/api/v1/metiers?q=boulan&foo=bar");
    expect(status).toBe(200);
    expect(body.items[0].romeCode).toBe("D1102");
  });
});

describe("GET /api/v1/rome/{romeCode}", () => {
  it("returns the fiche with its real ROME texts and appellations", async () => {
    const { status, body } = await getJson("/api/v1/rome/D1102");
    expect(status).toBe(200);
    expect(body).toMatchObject({ romeCode: "D1102", label: "Boulanger / Boulangère" });
    expect(body.definition).toMatch(/pain/i);
    expect(body.skills.length).toBeGreaterThan(0);
    expect(body.appellations.map((a: { label: string }) => a.label)).toContain("Boulanger / Boulangère");
  });

  it.each(["Z9999", "A0000", "nope"])("answers 404 ROME_UNKNOWN for %s", async (code) => {
    const { status, type, body } = await getJson(`/api/v1/rome/${code}`);
    expect(status).toBe(404);
    expect(type).toContain("application/problem+json");
    expect(body).toMatchObject({ code: "ROME_UNKNOWN", status: 404 });
    expect(body.detail).toContain(code);
  });
});

describe("GET /api/v1/communes", () => {
  it("returns Lyon first, with its coordinates", async () => {
    const { status, body } = await getJson("/api/v1/communes?q=lyon");
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ insee: "69123", name: "Lyon", department: "69" });
    expect(body.items[0].latitude).toBeCloseTo(45.76, 1);
    expect(body.items[0].longitude).toBeCloseTo(4.83, 1);
  });

  it("finds communes by postcode", async () => {
    const { body } = await getJson("/api/v1/communes?q=69009");
    expect(body.items.map((c: { insee: string }) => c.insee)).toContain("69389");
  });

  it("refuses a one-character query", async () => {
    expect((await getJson("/api/v1/communes?q=l")).status).toBe(400);
  });
});

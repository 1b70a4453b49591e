import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { aMalformedWireRecord, someCatalogueWireRecords } from "../support/carif-oref-records.ts";
import { type CarifOrefStub, startCarifOrefStub } from "../support/carif-oref-stub.ts";
import { createIdentityTestApp, type IdentityTestApp } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runCatalogueImport } from "../support/training-builders.ts";

let database: DatabaseHandle;
let stub: CarifOrefStub;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  stub = await startCarifOrefStub([]);
  world = await createIdentityTestApp(database, { CATALOGUE_API_URL: stub.url, CATALOGUE_PAGE_SIZE: "2" });
});
afterAll(async () => {
  await stub.close();
  await database.close();
});
beforeEach(() => stub.reset());

/** The catalogue keys a search around Lyon finds (the wire records' trainings are all in Lyon, for D1401). */
async function liveKeys(): Promise<string[]> {
  const response = await world.app.request("/api/v1/trainings/search?romes=D1401&insee=69123&pageSize=200");
  const { items } = (await response.json()) as { items: { id: string }[] };
  return items.map((item) => atob(item.id.replaceAll("-", "+").replaceAll("_", "/"))).sort();
}

describe("catalogue:import against the Carif-Oref stub", () => {
  it("keeps the previous catalogue when a page fails, reports the counts, and resumes to apply at once", async () => {
    const [k1, k2, k3, k4, k5] = someCatalogueWireRecords(5);
    stub.setRecords([k1, k2, k3] as object[]);
    expect(await runCatalogueImport(world.app)).toMatchObject({ outcome: "applied", read: 3, kept: 3, removed: 0 });
    expect(await liveKeys()).toEqual(["K001", "K002", "K003"]);

    stub.setRecords([k1, aMalformedWireRecord(), k4, k5] as object[]);
    stub.failPage({ page: 2, status: 500 });
    const interrupted = await runCatalogueImport(world.app);
    expect(interrupted).toMatchObject({ outcome: "interrupted", read: 2, kept: 1, rejected: { format_invalide: 1 } });
    expect(interrupted.message).toMatch(/^Import du catalogue interrompu/);
    expect(await liveKeys()).toEqual(["K001", "K002", "K003"]);

    stub.failPage({ page: 0 });
    const readBefore = stub.requests.length;
    const resumed = await runCatalogueImport(world.app);
    expect(resumed).toMatchObject({
      outcome: "applied",
      read: 4,
      kept: 3,
      rejected: { format_invalide: 1 },
      removed: 2,
    });
    expect(resumed.message).toBe("Catalogue importé : 4 lues, 3 gardées, 1 rejetée (format_invalide : 1), 2 retirées.");
    // The resumed run starts at the failed page: page 1 is not read again.
    expect(stub.requests.slice(readBefore).map((request) => request.page)).toEqual([2]);
    expect(await liveKeys()).toEqual(["K001", "K004", "K005"]);
  });

  it("refuses an empty catalogue and leaves the live one as it was", async () => {
    const before = await liveKeys();
    stub.setRecords([]);
    expect(await runCatalogueImport(world.app)).toMatchObject({ outcome: "refused_empty", read: 0, kept: 0 });
    expect(await liveKeys()).toEqual(before);
  });

  it("flags the trainings that left the catalogue in the partner feed, with their stable ids", async () => {
    const feed = await world.app.request("/api/v1/partner/trainings?limit=50", {
      headers: { "X-Api-Key": "lba_demo_cle-publique-de-developpement-local-01" },
    });
    const { items } = (await feed.json()) as { items: { id: string; status: string }[] };
    const statuses = Object.fromEntries(items.map((item) => [atob(item.id), item.status]));
    expect(statuses).toEqual({ K001: "active", K002: "removed", K003: "removed", K004: "active", K005: "active" });
  });
});

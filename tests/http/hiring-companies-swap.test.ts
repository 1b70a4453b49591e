import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCompanyFileSource } from "../../src/adapters/memory/hiring-company-file.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { aCompanyRow, line } from "../support/hiring-company-rows.ts";
import { createIdentityTestApp, type IdentityTestApp } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/** TEST DATA: `count` companies around Paris, numbered from `first` (all within 30 km of the search point). */
const companies = (first: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    line(aCompanyRow(first + i, { latitude: String(48.8566 + (i % 100) / 1000), email: "" })),
  );

const OLD = 3_000;
const NEW = 7_000;
const file = createMemoryCompanyFileSource({ lines: companies(1, OLD) });

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, {}, { companyFileSource: file });
});
afterAll(() => database.close());

const companiesFound = async () => {
  const response = await world.app.request(
    "/api/v1/jobs/search?romes=D1102&latitude=48.8566&longitude=2.3522&pageSize=1",
  );
  const body = (await response.json()) as { totals?: { companies: number }; code?: string };
  // A failed search (a 503: the import broke a connection) is neither list either: it is seen as its answer.
  return body.totals ? body.totals.companies : `${response.status} ${body.code}`;
};

/** Searches this many at once: the pool's connections are all in use while the import loads and publishes. */
const SEARCHERS = 6;

describe("companies:import swap", () => {
  it("lets a search running during the import see the old list or the new one, never a mix", async () => {
    await world.app.request("/dev/jobs/companies:import", { method: "POST" });
    expect(await companiesFound()).toBe(OLD);
    // The new list is longer and loads in two batches of the import (5,000 rows each at most): a half-loaded one would show another count.
    file.replace(companies(100_000, NEW));
    let done = false;
    const importing = Promise.resolve(world.app.request("/dev/jobs/companies:import", { method: "POST" })).finally(
      () => {
        done = true;
      },
    );
    const seen = new Set<number | string>();
    await Promise.all(
      Array.from({ length: SEARCHERS }, async () => {
        while (!done) seen.add(await companiesFound());
      }),
    );
    expect((await (await importing).json()).summary).toMatchObject({ outcome: "applied", kept: NEW });
    seen.add(await companiesFound());
    expect([...seen].filter((count) => count !== OLD && count !== NEW)).toEqual([]);
    expect(await companiesFound()).toBe(NEW);
  }, 90_000);
});

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { executePrepared } from "../../src/adapters/postgres/prepared-query.postgres.ts";
import { jobSearchStatement } from "../../src/adapters/postgres/search/job-search-sql.postgres.ts";
import { createPgSearchIndex } from "../../src/adapters/postgres/search/search-index.postgres.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { aJobSearchQuery, aSearchEntry } from "../support/search-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** 40 ROME codes, items spread over metropolitan France (a deterministic grid, one or two codes each). */
const CODES = Array.from({ length: 40 }, (_, i) => `D${1101 + i}` as RomeCode);
function spreadEntries(count: number, kind: SearchEntry["kind"]): SearchEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const latitude = 43 + ((i * 37) % 800) / 100;
    const longitude = -1 + ((i * 53) % 700) / 100;
    const romeCodes = [CODES[i % 40], CODES[(i * 7) % 40]] as RomeCode[];
    return aSearchEntry({
      kind,
      id: `${kind}-${i}`,
      romeCodes,
      place: { city: null, postcode: null, latitude, longitude },
    });
  });
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

describe("the jobs search plan", () => {
  it("reads search_item_romes only by Index Only Scans of (rome, kind_rank, longitude_strip, latitude) for a small radius", async () => {
    const { db } = database;
    const index = createPgSearchIndex(db);
    const generation = await index.beginCompanyGeneration();
    for (let batch = 0; batch < 4; batch++) {
      await index.appendToCompanyGeneration(
        generation,
        spreadEntries(5_000, "company")
          .slice(0, 5_000)
          .map((entry) => ({ ...entry, id: `${batch}-${entry.id}` })),
      );
    }
    await index.publishCompanyGeneration(generation);
    await index.put([...spreadEntries(2_000, "offer"), ...spreadEntries(4_000, "partner_offer")]);
    await db.execute(sql`vacuum analyze search_item_romes`);
    await db.execute(sql`analyze search_items`);
    const query = aJobSearchQuery({ romeCodes: ["D1102", "D1104", "D1106"] as RomeCode[], radiusKm: 10 });
    const statement = jobSearchStatement(query);
    const [row] = await executePrepared<{ "QUERY PLAN": unknown }>(db, {
      text: `explain (analyze, format json) ${statement.text}`,
      values: statement.values,
    });
    const plan = row?.["QUERY PLAN"];
    const [{ Plan: root }] = (typeof plan === "string" ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
    // The totals count each kind in its generation's partition (offers and France Travail offers in g0, companies
    // in the live one), then the page reads the kinds it shows (the others' scans are never executed): every read
    // of search_item_romes that runs is an Index Only Scan of its (rome, kind_rank, longitude_strip, latitude) index.
    const scans = nodesOf(root).filter(
      (node) => node["Relation Name"]?.startsWith("search_item_romes") && (node["Actual Loops"] ?? 0) > 0,
    );
    expect(scans.length).toBeGreaterThanOrEqual(2);
    for (const scan of scans) {
      expect(scan["Node Type"]).toBe("Index Only Scan");
      expect(scan["Index Name"]).toMatch(/^search_item_romes_g\d+_rome_kind(_rank_longitude)?_strip/);
    }
  });
});

/**
 * Loads generated data (scripts/generate-data.ts) into a fresh database, run by bench/run.ts as its own process
 * BEFORE the server starts (PGlite accepts one process), on the database the environment names (DATABASE_URL, or
 * PGLITE_DATA_DIR):
 * - France Travail offers: the real `partner-offers:sync` job reading the generated file (its store and the
 *   search index, batch by batch);
 * - algorithm companies: the real `companies:import` job reading the generated CSV (the "300,000 companies ≤ 20 s"
 *   measure);
 * - offers posted here: search entries written with the search context's `SearchIndex.put`, 2,000 a transaction
 *   (publishing 25,000 offers through sign-ups and the offer use case is not what is measured here).
 *   node --import tsx bench/load-data.ts <data dir>   → one JSON line on stdout
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { createFileCompanySource } from "../src/adapters/company-file/company-file-source.file.ts";
import { createDemoPartnerOfferSource } from "../src/adapters/france-travail/demo-partner-offers.ts";
import { createJsonLogger } from "../src/adapters/logging/json-logger.ts";
import type { Db } from "../src/adapters/postgres/database.ts";
import { createPgSearchIndex } from "../src/adapters/postgres/search/search-index.postgres.ts";
import { ignoredProgress } from "../src/application/scheduling/index.ts";
import {
  buildServices,
  openConfiguredDatabase,
  prepareDatabase,
  type ServiceOverrides,
} from "../src/composition-root.ts";
import { loadConfig } from "../src/config.ts";
import type { SearchEntry } from "../src/domain/search/search-entry.ts";
import type { RomeCode } from "../src/domain/shared/rome-code.ts";

const DAY_MS = 86_400_000;
const OFFER_BATCH = 2_000;

type Timed<T> = Readonly<{ seconds: number; via: string; result: T }>;

async function timed<T>(via: string, work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const result = await work();
  return { seconds: Math.round((performance.now() - started) / 10) / 100, via, result };
}

async function main(dataDir: string): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createJsonLogger("warn", { service: "lba-bench-load" });
  const handle = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(handle, logger);
    const overrides = {
      partnerOfferSource: createDemoPartnerOfferSource(join(dataDir, "partner-offers.jsonl.gz")),
      companyFileSource: createFileCompanySource(join(dataDir, "companies.csv.gz")),
    } as ServiceOverrides;
    const { useCases } = buildServices(handle, config, logger, overrides);
    const runJob = async (name: string) => {
      const run = await useCases.runJobNow({ name, now: new Date(), progress: ignoredProgress });
      if (!run.ok) throw new Error(`job ${name}: ${run.error.code}`);
      return run.value;
    };
    const partnerOffers = await timed("partner-offers:sync job (store + SearchIndex)", () =>
      runJob("partner-offers:sync"),
    );
    const companies = await timed("companies:import job", () => runJob("companies:import")).catch(async (error) => {
      if (!String(error).includes("JOB_UNKNOWN")) throw error;
      return timed("SearchIndex company generation, 5,000 a call (no companies:import job yet)", () =>
        loadCompanyGeneration(handle.db, dataDir),
      );
    });
    const offers = await timed("SearchIndex.put, 2,000 a transaction", async () => {
      const entries = offerEntries(dataDir, new Date());
      for (let i = 0; i < entries.length; i += OFFER_BATCH) {
        const batch = entries.slice(i, i + OFFER_BATCH);
        await handle.db.transaction((tx) => createPgSearchIndex(tx).put(batch));
      }
      return { written: entries.length };
    });
    // After a bulk load the planner has no statistics and the visibility map is empty, so the covering index
    // cannot serve an index-only scan until autovacuum passes: do it now, as a settled production database would be.
    const vacuum = await timed("VACUUM (ANALYZE) of the read model", async () => {
      await handle.db.execute(sql.raw("vacuum (analyze) search_item_romes, search_items, search_live_generations"));
      return {};
    });
    console.log(JSON.stringify({ partnerOffers, companies, offers, vacuum }));
  } finally {
    await handle.close();
  }
}

type CompanyRow = Record<string, string>;

const readCompanies = (dataDir: string) =>
  parse(gunzipSync(readFileSync(join(dataDir, "companies.csv.gz"))), { columns: true }) as CompanyRow[];

/** Until the hiring-company context has its import: the rows as company entries of a new, then published, generation. */
async function loadCompanyGeneration(db: Db, dataDir: string) {
  const index = createPgSearchIndex(db);
  const rows = readCompanies(dataDir);
  const generation = await index.beginCompanyGeneration();
  for (let i = 0; i < rows.length; i += 5_000) {
    const entries = rows.slice(i, i + 5_000).map((row, offset): SearchEntry => {
      const romeCodes = (row.romes ?? "").split("|").map((pair) => pair.split(":")[0] as RomeCode);
      const name = row.enseigne || row.raison_sociale || "";
      return {
        kind: "company",
        id: row.siret ?? "",
        title: name,
        romeCodes,
        companyName: name,
        place: {
          city: row.commune || null,
          postcode: row.code_postal || null,
          latitude: Number(row.latitude),
          longitude: Number(row.longitude),
        },
        diplomaLevel: null,
        contractTypes: null,
        createdAt: null,
        importRank: i + offset,
        expiresAt: null,
        canApply: Boolean(row.email),
        applyUrl: null,
        phone: row.telephone || null,
        website: row.site_web || null,
      };
    });
    await index.appendToCompanyGeneration(generation, entries);
  }
  await db.transaction((tx) => createPgSearchIndex(tx).publishCompanyGeneration(generation));
  await index.dropStaleCompanyGenerations();
  return { rows: rows.length };
}

/** The drafts as published offers would be found: at their company's place, published in the last 29 days. */
function offerEntries(dataDir: string, now: Date): SearchEntry[] {
  const companies = new Map(readCompanies(dataDir).map((c) => [c.siret, c]));
  const lines = gunzipSync(readFileSync(join(dataDir, "offers.jsonl.gz")))
    .toString("utf8")
    .trim()
    .split("\n");
  return lines.map((line, index) => {
    const draft = JSON.parse(line) as {
      siret: string;
      romeCode: string;
      appellation: string | null;
      diplomaLevel: SearchEntry["diplomaLevel"];
      contractTypes: NonNullable<SearchEntry["contractTypes"]>;
    };
    const company = companies.get(draft.siret) as CompanyRow;
    const createdAt = new Date(now.getTime() - ((index * 7919) % (29 * DAY_MS)));
    return {
      kind: "offer",
      id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`,
      title: draft.appellation ?? draft.romeCode,
      romeCodes: [draft.romeCode as RomeCode],
      companyName: company.enseigne || company.raison_sociale || "",
      place: {
        city: company.commune ?? null,
        postcode: company.code_postal ?? null,
        latitude: Number(company.latitude),
        longitude: Number(company.longitude),
      },
      diplomaLevel: draft.diplomaLevel,
      contractTypes: draft.contractTypes,
      createdAt,
      importRank: null,
      expiresAt: new Date(createdAt.getTime() + 30 * DAY_MS),
      canApply: true,
      applyUrl: null,
      phone: null,
      website: null,
    };
  });
}

main(process.argv[2] ?? ".data/lba2025").catch((error: unknown) => {
  console.error(`load-data failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});

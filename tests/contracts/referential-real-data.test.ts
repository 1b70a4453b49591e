import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgCommuneReferential } from "../../src/adapters/postgres/referential/commune-referential.postgres.ts";
import { createPgRomeReferential } from "../../src/adapters/postgres/referential/rome-referential.postgres.ts";
import { loadReferentialFiles } from "../../src/adapters/referential-data/load-referential-files.ts";
import type { ReferentialData } from "../../src/adapters/referential-data/referential-data.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * The fake and the database must agree on the whole shipped referential, not only on fixtures:
 * this is what keeps the métier lines (ranked in memory, src/domain/referential/metier-index.ts), the communes'
 * ranking, accents and collation identical on PGlite, PostgreSQL and in memory.
 */
let database: DatabaseHandle;
let data: ReferentialData;
beforeAll(async () => {
  [database, data] = await Promise.all([createTestDatabase(), loadReferentialFiles()]);
});
afterAll(() => database.close());

describe("referential adapters agree on the real data", () => {
  it("métier lines, every fiche and every appellation", async () => {
    const memory = await createMemoryRomeReferential(data.rome.items).metierLines();
    const postgres = await createPgRomeReferential(database.db).metierLines();
    expect(postgres).toEqual(memory);
    const appellations = data.rome.items.reduce((count, fiche) => count + fiche.appellations.length, 0);
    expect(memory).toHaveLength(data.rome.items.length + appellations);
  });

  it.each(["lyon", "saint etienne", "paris", "69009", "13", "marseille"])("communes for %s", async (query) => {
    const memory = await createMemoryCommuneReferential(data.communes.items).search(query, 20);
    const postgres = await createPgCommuneReferential(database.db).search(query, 20);
    expect(postgres.map((c) => c.insee)).toEqual(memory.map((c) => c.insee));
    expect(postgres.length).toBeGreaterThan(0);
  });
});

import { afterAll } from "vitest";
import { createMemoryDatabaseProbe } from "../../src/adapters/memory/database-probe.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgDatabaseProbe } from "../../src/adapters/postgres/service/database-probe.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { databaseProbeContract } from "./database-probe.contract.ts";

/** Going down closes the database: the cases share one until a case closes it, then the next opens another. */
let open: DatabaseHandle | null = null;
afterAll(() => open?.close());

databaseProbeContract("memory", async () => {
  const probe = createMemoryDatabaseProbe();
  return { probe, takeDown: async () => probe.setDown(true) };
});

databaseProbeContract("postgres", async () => {
  open ??= await createTestDatabase();
  const database = open;
  return {
    probe: createPgDatabaseProbe(database.db),
    takeDown: async () => {
      open = null;
      await database.close();
    },
  };
});

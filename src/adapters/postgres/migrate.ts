import { fileURLToPath } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./database.ts";

export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

/**
 * drizzle-kit's own migrate cannot load PGlite's extensions (docs/adr/0002), so both engines use
 * drizzle-orm's migrators over the same journal in drizzle/.
 */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

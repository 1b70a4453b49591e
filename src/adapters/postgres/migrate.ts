import { fileURLToPath } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./database.ts";

export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

/**
 * drizzle-kit's own migrate cannot load PGlite's extensions (docs/adr/0002), so both engines use
 * drizzle-orm's migrators over the same journal in drizzle/. PGlite's is imported only for a PGlite handle, so a
 * service on PostgreSQL never loads that driver.
 */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { DatabaseProbe } from "../../../application/service/ports.ts";
import type { Db } from "../database.ts";
import { migrationsFolder } from "../migrate.ts";
import { rowsOf } from "../rows.ts";

type Journal = { entries: { tag: string; when: number }[] };

/**
 * Up when the database answers and has applied every migration of drizzle/meta/_journal.json: drizzle's migrators
 * record each one in `drizzle.__drizzle_migrations` with the journal entry's `when` as `created_at`. A release
 * started on a schema it has not migrated is down, not healthy (docs/adr/0014).
 */
export function createPgDatabaseProbe(db: Db, folder: string = migrationsFolder): DatabaseProbe {
  let expected: Promise<readonly number[]> | null = null;
  return {
    isUp: async () => {
      try {
        expected ??= readJournal(folder);
        const applied = await db.execute(sql`select created_at from drizzle.__drizzle_migrations`);
        const recorded = new Set(rowsOf<{ created_at: string | number }>(applied).map((row) => Number(row.created_at)));
        return (await expected).every((when) => recorded.has(when));
      } catch {
        return false;
      }
    },
  };
}

async function readJournal(folder: string): Promise<readonly number[]> {
  const journal = JSON.parse(await readFile(join(folder, "meta", "_journal.json"), "utf8")) as Journal;
  return journal.entries.map((entry) => entry.when);
}

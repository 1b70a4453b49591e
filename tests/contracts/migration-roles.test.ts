import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPglite } from "../../src/adapters/postgres/database.ts";
import { migrationsFolder } from "../../src/adapters/postgres/migrate.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";

/** docs/adr/0015: the migration that brought roles and sign-up confirmation, on memberships made before it. */
const BEFORE = "0009_identity_roles_sign_up_confirmation_rate_limits";

let database: DatabaseHandle;
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "lba-migrations-"));
  await cp(migrationsFolder, folder, { recursive: true });
  database = await openPglite({});
});
afterAll(async () => {
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

async function migrateUpTo(tag: string | null): Promise<void> {
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  const stop = tag === null ? journal.entries.length : journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }));
  await migrate(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
}

describe(`migration ${BEFORE}`, () => {
  it("makes each organisation's oldest member its admin, and keeps existing organisations' SIRET", async () => {
    await migrateUpTo(BEFORE);
    for (const statement of [
      sql`insert into users (id, email, created_at) values
        ('u-founder', 'founder@example.fr', '2026-01-01'), ('u-later', 'later@example.fr', '2026-01-01'),
        ('u-tie-b', 'b@example.fr', '2026-01-01'), ('u-tie-a', 'a@example.fr', '2026-01-01')`,
      sql`insert into organisations (id, kind, siret, display_name, created_at) values
        ('o-1', 'company', '10000000000001', 'Un', '2026-01-01'), ('o-2', 'company', '10000000000002', 'Deux', '2026-01-02')`,
      sql`insert into memberships (user_id, organisation_id, created_at) values
        ('u-later', 'o-1', '2026-02-01'), ('u-founder', 'o-1', '2026-01-01'),
        ('u-tie-b', 'o-2', '2026-01-02'), ('u-tie-a', 'o-2', '2026-01-02')`,
    ]) {
      await database.db.execute(statement);
    }
    await migrateUpTo(null);
    const roles = rowsOf<{ user_id: string; organisation_id: string; role: string }>(
      await database.db.execute(
        sql`select user_id, organisation_id, role from memberships order by organisation_id, user_id`,
      ),
    );
    expect(roles).toEqual([
      { user_id: "u-founder", organisation_id: "o-1", role: "admin" },
      { user_id: "u-later", organisation_id: "o-1", role: "member" },
      { user_id: "u-tie-a", organisation_id: "o-2", role: "admin" },
      { user_id: "u-tie-b", organisation_id: "o-2", role: "member" },
    ]);
    const confirmed = rowsOf<{ id: string; confirmed: boolean }>(
      await database.db.execute(sql`select id, confirmed_at = created_at as confirmed from organisations order by id`),
    );
    expect(confirmed).toEqual([
      { id: "o-1", confirmed: true },
      { id: "o-2", confirmed: true },
    ]);
  });
});

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyInto, copyLine } from "../../src/adapters/postgres/copy-text.postgres.ts";
import { type DatabaseHandle, describeDatabaseFailure } from "../../src/adapters/postgres/database.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";
import { createTestDatabase } from "../support/test-database.ts";

// PGlite by default, the server of DATABASE_URL when set (tests/support/test-database.ts).
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table copy_text_probe (n int not null, label text)`);
});
afterAll(async () => {
  await database.db.execute(sql`drop table copy_text_probe`);
  await database.close();
});

const labels = async () =>
  rowsOf<{ n: number; label: string | null }>(
    await database.db.execute(sql`select n, label from copy_text_probe order by n`),
  );

describe(`COPY of text-format lines (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("stores every value as given, escapes included, and drops the U+0000 text cannot hold", async () => {
    await database.db.execute(sql`truncate copy_text_probe`);
    const lines = [
      copyLine([1, "tab\there, new\nline, cr\r, back\\slash"]),
      copyLine([2, null]),
      copyLine([3, "nul\u0000gone"]),
    ];
    await copyInto(database.db, "copy_text_probe", ["n", "label"], lines.join(""));
    expect(await labels()).toEqual([
      { n: 1, label: "tab\there, new\nline, cr\r, back\\slash" },
      { n: 2, label: null },
      { n: 3, label: "nulgone" },
    ]);
  });

  it("fails with the server's error when it refuses a row, instead of waiting, and leaves the pool usable", async () => {
    await database.db.execute(sql`truncate copy_text_probe`);
    const refused = await copyInto(database.db, "copy_text_probe", ["n", "label"], "1\ta\nnot a number\tb\n").then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeDatabaseFailure(refused)).toMatchObject({ sqlstate: "22P02" });
    expect(await labels()).toEqual([]);
    expect(rowsOf(await database.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
  });

  it("runs beside the pool's other queries without mixing them into the copy", async () => {
    await database.db.execute(sql`truncate copy_text_probe`);
    const rows = Array.from({ length: 20_000 }, (_, i) => copyLine([i, `row ${i}`])).join("");
    const query = (i: number) =>
      database.db.execute(sql`select ${i}::int as i`).then((result) => rowsOf<{ i: number }>(result)[0]?.i);
    // Queries queued before and after the COPY: the pool puts several on each connection at once.
    const before = Array.from({ length: 40 }, (_, i) => query(i));
    const copied = copyInto(database.db, "copy_text_probe", ["n", "label"], rows);
    const after = Array.from({ length: 40 }, (_, i) => query(40 + i));
    const [answers] = await Promise.all([Promise.all([...before, ...after]), copied]);
    expect(answers).toEqual(Array.from({ length: 80 }, (_, i) => i));
    expect(rowsOf(await database.db.execute(sql`select count(*)::int as count from copy_text_probe`))).toEqual([
      { count: 20_000 },
    ]);
  });
});

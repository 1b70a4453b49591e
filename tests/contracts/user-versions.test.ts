import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createIdentityTables } from "../../src/adapters/memory/identity-tables.memory.ts";
import { createMemoryUserRepository } from "../../src/adapters/memory/users.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgUserRepository } from "../../src/adapters/postgres/identity/users.postgres.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";
import { identityLinks, memberships, sessions, users } from "../../src/adapters/postgres/schema.ts";
import type { UserRepository } from "../../src/application/identity/ports.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { aUser } from "../support/identity-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";

/** issue 9 §4 and docs/adr/0018: people are written at the revision they were read, and emails stay unique. */
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const clearTables = async () => {
  for (const table of [memberships, identityLinks, sessions, users]) await database.db.delete(table);
};

for (const [name, factory] of [
  ["memory", async () => createMemoryUserRepository(createIdentityTables())],
  [
    "postgres",
    async () => {
      await clearTables();
      return createPgUserRepository(database.db);
    },
  ],
] as const) {
  describe(`UserRepository versions — ${name}`, () => {
    let repository: UserRepository;
    beforeEach(async () => {
      repository = await factory();
    });

    it("stores a change one revision later and refuses a write based on the former revision", async () => {
      const read = aUser("u1");
      await repository.findOrCreate(read);
      expect(await repository.update({ ...read, lastName: "Durand" })).toBe("updated");
      expect(await repository.findById("u1")).toMatchObject({ lastName: "Durand", version: 2 });
      expect(await repository.update({ ...read, phone: "0700000000" })).toBe("conflict");
      expect(await repository.findById("u1")).toMatchObject({ lastName: "Durand", phone: "0612345678", version: 2 });
    });

    it("answers email_taken, never an error, for an address another person has", async () => {
      await repository.findOrCreate(aUser("u1"));
      const other = aUser("u2");
      await repository.findOrCreate(other);
      expect(await repository.update({ ...other, email: "u1@example.fr" as Email })).toBe("email_taken");
      expect(await repository.findById("u2")).toMatchObject({ email: "u2@example.fr", version: 1 });
    });
  });
}

const onPostgres = inject("templateDatabaseUrl") !== null;

/** The second transaction's UPDATE is queued behind the first one's uncommitted row (PostgreSQL only). */
async function waitUntilSomeoneWaitsForALock(): Promise<void> {
  const waiting = async () => {
    const result = await database.db.execute(
      sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    return rowsOf<{ waiting: number }>(result)[0]?.waiting ?? 0;
  };
  await expect.poll(waiting, { timeout: 4_000 }).toBeGreaterThan(0);
}

describe(`two people taking one email at once (${onPostgres ? "interleaved transactions" : "PGlite: serialised"})`, () => {
  beforeEach(clearTables);

  it("the second is told email_taken, and its transaction goes on", async () => {
    const repository = createPgUserRepository(database.db);
    const [zoe, leo] = [aUser("u1"), aUser("u2")];
    await repository.findOrCreate(zoe);
    await repository.findOrCreate(leo);
    const wanted = "commun@example.fr" as Email;
    let firstWrote = () => {};
    const written = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    let commitFirst = () => {};
    const committing = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    // On PostgreSQL the first holds its uncommitted row while the second writes; PGlite runs them one after the other.
    const first = database.db.transaction(async (tx) => {
      const outcome = await createPgUserRepository(tx).update({ ...zoe, email: wanted });
      firstWrote();
      await committing;
      return outcome;
    });
    await written;
    const second = database.db.transaction(async (tx) => {
      const taken = createPgUserRepository(tx);
      const outcome = await taken.update({ ...leo, email: wanted });
      return { outcome, stillUsable: await taken.findById("u2") };
    });
    if (onPostgres) await waitUntilSomeoneWaitsForALock();
    commitFirst();
    expect(await first).toBe("updated");
    expect(await second).toEqual({
      outcome: "email_taken",
      stillUsable: expect.objectContaining({ email: "u2@example.fr" }),
    });
  });
});

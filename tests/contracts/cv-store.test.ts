import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryCvStore } from "../../src/adapters/memory/cv-store.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgCvStore } from "../../src/adapters/postgres/job-application/cv-store.postgres.ts";
import { applicationCvs } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createCvCipher } from "../../src/adapters/system/cv-cipher.web-crypto.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { aCvFile, aStoredCv, cvStoreContract } from "./cv-store.contract.ts";

const aKey = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 17) % 256);
const cipher = createCvCipher(aKey(1));

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

cvStoreContract("memory", async () => {
  const store = createMemoryCvStore();
  return { store, unitOfWork: createMemoryUnitOfWork({ cvs: store }, [store]) };
});

cvStoreContract("postgres", async () => {
  await database.db.delete(applicationCvs);
  return {
    store: createPgCvStore(database.db, cipher),
    unitOfWork: createPgUnitOfWork(database.db, (tx) => ({ cvs: createPgCvStore(tx, cipher) })),
  };
});

/** issue 12: a CV is personal data; reading application_cvs must not give a file away (docs/PRODUCT.md §7). */
describe("the PostgreSQL CV store keeps no readable file", () => {
  const sealedOf = async (id: string) =>
    (await database.db.select().from(applicationCvs).where(eq(applicationCvs.id, id)))[0]?.sealed;
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

  beforeEach(async () => {
    await database.db.delete(applicationCvs);
  });

  it("stores sealed bytes that do not contain a distinctive 32-byte run of the file", async () => {
    const run = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);
    const bytes = aCvFile();
    bytes.set(run, 10_000);
    await createPgCvStore(database.db, cipher).put(aStoredCv({ bytes }));
    const sealed = await sealedOf("cv-1");
    expect(hex(bytes)).toContain(hex(run));
    expect(sealed).toBeInstanceOf(Uint8Array);
    expect(hex(sealed ?? new Uint8Array())).not.toContain(hex(run));
    // version byte, 12-byte IV, then the ciphertext and its 16-byte GCM tag
    expect(sealed?.[0]).toBe(1);
    expect(sealed?.length).toBe(1 + 12 + bytes.length + 16);
  });

  it("seals the same file twice differently (a fresh IV each time)", async () => {
    const store = createPgCvStore(database.db, cipher);
    await store.put(aStoredCv({ id: "cv-1" }));
    await store.put(aStoredCv({ id: "cv-2" }));
    expect(hex((await sealedOf("cv-1"))?.subarray(13) ?? new Uint8Array())).not.toBe(
      hex((await sealedOf("cv-2"))?.subarray(13) ?? new Uint8Array()),
    );
  });

  it("answers null, without throwing, when read with another key", async () => {
    await createPgCvStore(database.db, cipher).put(aStoredCv());
    expect(await createPgCvStore(database.db, createCvCipher(aKey(2))).get("cv-1")).toBeNull();
  });

  it("answers null when a stored byte was altered", async () => {
    await createPgCvStore(database.db, cipher).put(aStoredCv());
    await database.db.execute(
      sql`update application_cvs set sealed = set_byte(sealed, 100, get_byte(sealed, 100) # 1) where id = 'cv-1'`,
    );
    expect(await createPgCvStore(database.db, cipher).get("cv-1")).toBeNull();
  });

  it("answers null for sealed bytes copied to another CV's row (the id is bound to them)", async () => {
    const store = createPgCvStore(database.db, cipher);
    await store.put(aStoredCv({ id: "cv-1" }));
    await store.put(aStoredCv({ id: "cv-2", bytes: new Uint8Array([1, 2, 3]) }));
    await database.db.execute(
      sql`update application_cvs set sealed = (select sealed from application_cvs where id = 'cv-1') where id = 'cv-2'`,
    );
    expect(await store.get("cv-2")).toBeNull();
    expect((await store.get("cv-1"))?.bytes).toEqual(aCvFile());
  });
});

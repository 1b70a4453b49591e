import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryIdempotencyKeys } from "../../src/adapters/memory/idempotency-keys.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { idempotencyKeys } from "../../src/adapters/postgres/schema.ts";
import { createPgIdempotencyKeys } from "../../src/adapters/postgres/service/idempotency-keys.postgres.ts";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";
import type { IdempotencyKeys } from "../../src/application/shared/idempotency.ts";
import { createTestDatabase } from "../support/test-database.ts";

/** docs/adr/0018: the Idempotency-Key store, the fake and PostgreSQL alike. */
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const sealer = createTextSealer("a test secret for sealed answers");
const t0 = new Date("2026-11-02T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const times = (nowMs: number) => ({ now: at(nowMs), heldUntil: at(nowMs + 60_000), expiresAt: at(nowMs + 86_400_000) });
const request = { scope: "caller-1 POST /api/v1/offers", key: "k-1", fingerprint: "body-1" };
const answer = {
  status: 201,
  headers: [
    ["content-type", "application/json"],
    ["set-cookie", "session=abc; HttpOnly"],
  ] as const,
  body: '{"accessToken":"eyJ.secret"}',
};

for (const [name, factory] of [
  ["memory", async () => createMemoryIdempotencyKeys()],
  [
    "postgres",
    async () => {
      await database.db.delete(idempotencyKeys);
      return createPgIdempotencyKeys(database.db, sealer);
    },
  ],
] as const) {
  describe(`IdempotencyKeys contract — ${name}`, () => {
    let keys: IdempotencyKeys;
    beforeEach(async () => {
      keys = await factory();
    });

    it("gives a key to one request, then its answer to the same request until it expires", async () => {
      expect(await keys.claim(request, times(0))).toEqual({ kind: "new" });
      expect(await keys.claim(request, times(1))).toEqual({ kind: "in_progress" });
      await keys.complete(request, answer);
      expect(await keys.claim(request, times(2))).toEqual({ kind: "replay", answer });
      expect(await keys.claim(request, times(86_400_000))).toEqual({ kind: "new" });
    });

    it("refuses the key for another request of the caller on that route", async () => {
      await keys.claim(request, times(0));
      expect(await keys.claim({ ...request, fingerprint: "body-2" }, times(1))).toEqual({ kind: "mismatch" });
      await keys.complete(request, answer);
      expect(await keys.claim({ ...request, fingerprint: "body-2" }, times(2))).toEqual({ kind: "mismatch" });
    });

    it("keeps keys apart per scope: another caller or route has its own", async () => {
      await keys.claim(request, times(0));
      expect(await keys.claim({ ...request, scope: "caller-2 POST /api/v1/offers" }, times(0))).toEqual({
        kind: "new",
      });
    });

    it("frees a released key, and a key whose holder died once its hold ends", async () => {
      await keys.claim(request, times(0));
      await keys.release(request);
      expect(await keys.claim(request, times(1))).toEqual({ kind: "new" });
      expect(await keys.claim(request, times(59_999))).toEqual({ kind: "in_progress" });
      expect(await keys.claim(request, times(60_001))).toEqual({ kind: "new" });
    });

    it("purges the keys whose answer expired", async () => {
      await keys.claim(request, times(0));
      await keys.complete(request, answer);
      expect(await keys.purgeExpired(at(86_399_999))).toBe(0);
      expect(await keys.purgeExpired(at(86_400_000))).toBe(1);
      expect(await keys.claim(request, times(86_400_001))).toEqual({ kind: "new" });
    });
  });
}

describe("the PostgreSQL store", () => {
  it("keeps the answer sealed: an access token in it is not readable in the table", async () => {
    await database.db.delete(idempotencyKeys);
    const keys = createPgIdempotencyKeys(database.db, sealer);
    await keys.claim(request, times(0));
    await keys.complete(request, answer);
    const rows = await database.db.select().from(idempotencyKeys);
    expect(JSON.stringify(rows)).not.toContain("eyJ.secret");
    expect(JSON.stringify(rows)).not.toContain("session=abc");
  });
});

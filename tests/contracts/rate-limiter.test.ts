import { afterAll, beforeAll } from "vitest";
import { createMemoryRateLimiter } from "../../src/adapters/memory/rate-limiter.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgRateLimiter } from "../../src/adapters/postgres/rate-limit/rate-limiter.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { rateLimiterContract, sharedRateLimiterContract } from "./rate-limiter.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

rateLimiterContract("memory", async () => ({ limiter: createMemoryRateLimiter() }));

// PGlite by default, the PostgreSQL server when DATABASE_URL is set (tests/support/test-database.ts).
const postgres = async () => ({ limiter: createPgRateLimiter(database.db), sibling: createPgRateLimiter(database.db) });
rateLimiterContract("PostgreSQL (rate-limiter-flexible's Drizzle store)", postgres);
sharedRateLimiterContract("PostgreSQL", postgres);

import { RateLimiterDrizzle } from "rate-limiter-flexible";
import type { RateLimiter } from "../../../application/shared/rate-limiter.ts";
import { flexibleRateLimiter } from "../../rate-limit/flexible-rate-limiter.ts";
import type { Db } from "../database.ts";
import { rateLimits } from "./schema.ts";

/**
 * rate-limiter-flexible's Drizzle store on our database handle (docs/adr/0016): one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` per hit in `rate_limits`, so every instance on the database counts
 * in the same rows. Never call it with a transaction handle: a hit must count even when the request's own
 * transaction rolls back.
 */
export function createPgRateLimiter(db: Db): RateLimiter {
  return flexibleRateLimiter((options) => new RateLimiterDrizzle({ ...options, storeClient: db, schema: rateLimits }));
}

import { createMemoryRateLimiter } from "../../src/adapters/memory/rate-limiter.memory.ts";
import { rateLimiterContract } from "./rate-limiter.contract.ts";

rateLimiterContract("memory", async () => createMemoryRateLimiter());
// Sweeping forgotten keys must not change any answer.
rateLimiterContract("memory, sweeping at every hit", async () => createMemoryRateLimiter({ sweepAbove: 0 }));

export { checkHealth } from "./check-health.ts";
export { type FixtureSource, getDevFixtures } from "./dev-fixtures.ts";
export { type IdempotentRequests, idempotencyJobs, idempotentRequests } from "./idempotent-requests.ts";
export type { DatabaseFailureDescriber, DatabaseProbe } from "./ports.ts";

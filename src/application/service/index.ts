export { checkHealth } from "./check-health.ts";
export { type FixtureSource, getDevFixtures } from "./dev-fixtures.ts";
export type { DatabaseProbe } from "./ports.ts";

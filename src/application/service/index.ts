export { checkHealth, type Health } from "./check-health.ts";
export { type DevFixtures, type FixtureSource, getDevFixtures } from "./dev-fixtures.ts";
export type { DatabaseProbe } from "./ports.ts";

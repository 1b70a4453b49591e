export { checkHealth, type Health } from "./check-health.ts";
export type { DatabaseProbe } from "./ports.ts";

import type { DatabaseProbe } from "./ports.ts";

export type Health = Readonly<{ status: "ok" | "degraded"; db: "ok" | "down" }>;

export function checkHealth(deps: { databaseProbe: DatabaseProbe }) {
  return async (): Promise<Health> => {
    const up = await deps.databaseProbe.isUp();
    return up ? { status: "ok", db: "ok" } : { status: "degraded", db: "down" };
  };
}

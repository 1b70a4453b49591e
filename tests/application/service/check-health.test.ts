import { describe, expect, it } from "vitest";
import { createMemoryDatabaseProbe } from "../../../src/adapters/memory/database-probe.memory.ts";
import { checkHealth } from "../../../src/application/service/index.ts";

describe("checkHealth", () => {
  it("is ok while the database answers", async () => {
    const databaseProbe = createMemoryDatabaseProbe();
    expect(await checkHealth({ databaseProbe })()).toEqual({ status: "ok", db: "ok" });
  });

  it("is degraded, with the database down, while the database does not answer, and ok again once it does", async () => {
    const databaseProbe = createMemoryDatabaseProbe();
    const health = checkHealth({ databaseProbe });
    databaseProbe.setDown(true);
    expect(await health()).toEqual({ status: "degraded", db: "down" });
    databaseProbe.setDown(false);
    expect(await health()).toEqual({ status: "ok", db: "ok" });
  });
});

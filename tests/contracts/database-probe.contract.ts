import { describe, expect, it } from "vitest";
import type { DatabaseProbe } from "../../src/application/service/index.ts";

/** A probe on a database that answers, and the way to make that database stop answering. */
export type DatabaseProbeFactory = () => Promise<{ probe: DatabaseProbe; takeDown: () => Promise<void> }>;

export function databaseProbeContract(name: string, factory: DatabaseProbeFactory) {
  describe(`DatabaseProbe contract — ${name}`, () => {
    it("is up while the database answers", async () => {
      const { probe } = await factory();
      expect(await probe.isUp()).toBe(true);
      expect(await probe.isUp()).toBe(true);
    });

    it("answers down, without throwing, once the database no longer answers", async () => {
      const { probe, takeDown } = await factory();
      await takeDown();
      await expect(probe.isUp()).resolves.toBe(false);
    });
  });
}

import { describe, expect, it } from "vitest";
import type { TrainingReports } from "../../src/application/training/training-report-ports.ts";
import type { ResolvedTrainingReport } from "../../src/domain/training/training-report.ts";
import { at, T0 } from "../support/identity-builders.ts";
import { anOpenReport } from "../support/training-report-fakes.ts";

/** A repository with no report in it (the Postgres suite empties its table for each case). */
export type TrainingReportsFactory = () => Promise<TrainingReports>;

const resolved = (id: string, note: string | null = null): ResolvedTrainingReport => ({
  ...anOpenReport(id),
  status: "resolved",
  resolvedAt: at(3600_000),
  resolvedBy: "user-support",
  resolutionNote: note,
});

/** The behaviour every TrainingReports shares (application/training/training-report-ports.ts). */
export function trainingReportsContract(name: string, factory: TrainingReportsFactory) {
  describe(`TrainingReports (${name})`, () => {
    it("gives back what was added, whatever its place; null for an unknown id", async () => {
      const reports = await factory();
      const byPostcode = anOpenReport("r-2", { place: { kind: "postcode", postcode: "69100" }, rncp: null });
      await reports.add(anOpenReport("r-1", { cfd: "50022137" }));
      await reports.add(byPostcode);
      expect(await reports.findById("r-1")).toEqual(anOpenReport("r-1", { cfd: "50022137" }));
      expect(await reports.findById("r-2")).toEqual(byPostcode);
      expect(await reports.findById("r-3")).toBeNull();
    });

    it("resolves an open report once, keeping the first resolution", async () => {
      const reports = await factory();
      await reports.add(anOpenReport("r-1"));
      expect(await reports.markResolved(resolved("r-1", "Corrigé."))).toBe("resolved");
      expect(await reports.findById("r-1")).toEqual(resolved("r-1", "Corrigé."));
      expect(await reports.markResolved(resolved("r-1", "Encore"))).toBe("not_open");
      expect(await reports.findById("r-1")).toEqual(resolved("r-1", "Corrigé."));
      expect(await reports.markResolved(resolved("r-9"))).toBe("not_open");
      expect(await reports.findById("r-9")).toBeNull();
    });

    it("lists oldest first, ties by id in byte order, one page at a time, with the total", async () => {
      const reports = await factory();
      for (const [id, ms] of [
        ["r-b", 0],
        ["r-c", 2000],
        ["r-B", 0],
        ["r-a", 1000],
      ] as const) {
        await reports.add(anOpenReport(id, { createdAt: at(ms) }));
      }
      const ids = async (page: number, pageSize: number) => {
        const found = await reports.list({ status: null, page, pageSize });
        return { ids: found.items.map((report) => report.id), total: found.total };
      };
      expect(await ids(1, 10)).toEqual({ ids: ["r-B", "r-b", "r-a", "r-c"], total: 4 });
      expect(await ids(2, 3)).toEqual({ ids: ["r-c"], total: 4 });
      expect(await ids(3, 3)).toEqual({ ids: [], total: 4 });
    });

    it("filters by status", async () => {
      const reports = await factory();
      for (const id of ["r-1", "r-2", "r-3"]) await reports.add(anOpenReport(id, { createdAt: T0 }));
      await reports.markResolved(resolved("r-2"));
      const open = await reports.list({ status: "open", page: 1, pageSize: 10 });
      expect([open.items.map((report) => report.id), open.total]).toEqual([["r-1", "r-3"], 2]);
      const done = await reports.list({ status: "resolved", page: 1, pageSize: 10 });
      expect(done).toEqual({ items: [resolved("r-2")], total: 1 });
    });
  });
}

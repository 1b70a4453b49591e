import type { CatalogueImport, CatalogueImports } from "../../application/training/ports.ts";
import { NOTHING_READ } from "../../domain/training/catalogue-import.ts";
import { type CatalogueTraining, trainingIdOf } from "../../domain/training/training.ts";
import type { MemoryTrainingRows } from "./training-rows.memory.ts";

/** Import bookkeeping in memory: staging per import, the swap applied to `rows` at once. */
export function createMemoryCatalogueImports(rows: MemoryTrainingRows): CatalogueImports & {
  /** What each import has staged, by import id (tests look). */
  staged(importId: string): readonly CatalogueTraining[];
} {
  const imports = new Map<string, CatalogueImport>();
  const staging = new Map<string, Map<string, CatalogueTraining>>();
  let sequence = 0;
  const update = (id: string, change: Partial<CatalogueImport>) => {
    const current = imports.get(id);
    if (!current) throw new Error(`no catalogue import ${id}`);
    imports.set(id, { ...current, ...change });
  };
  return {
    async unfinished(source) {
      const open = [...imports.values()].filter(
        (run) => run.source === source && (run.status === "running" || run.status === "interrupted"),
      );
      return open.at(-1) ?? null;
    },
    async start(source, now) {
      const run: CatalogueImport = {
        id: `import-${++sequence}`,
        source,
        status: "running",
        cursor: null,
        counts: NOTHING_READ,
        startedAt: now,
      };
      imports.set(run.id, run);
      staging.set(run.id, new Map());
      return run;
    },
    async stagePage(importId, { trainings, counts, cursor }) {
      const staged = staging.get(importId) ?? new Map();
      for (const training of trainings) staged.set(trainingIdOf(training.catalogueKey), training);
      staging.set(importId, staged);
      update(importId, { counts, cursor, status: "running" });
    },
    interrupt: async (importId) => update(importId, { status: "interrupted" }),
    async refuseEmpty(importId) {
      update(importId, { status: "refused_empty" });
      staging.delete(importId);
    },
    async apply(importId, now) {
      const staged = staging.get(importId) ?? new Map<string, CatalogueTraining>();
      for (const [id, record] of staged) {
        const row = rows.get(id);
        if (row && row.removedAt === null && sameContent(row.training, record)) continue;
        rows.set(id, { training: { ...record, id, updatedAt: now }, removedAt: null });
      }
      let removed = 0;
      for (const [id, row] of rows) {
        if (row.removedAt !== null || staged.has(id)) continue;
        rows.set(id, { training: { ...row.training, updatedAt: now }, removedAt: now });
        removed++;
      }
      update(importId, { status: "applied" });
      staging.delete(importId);
      return { removed };
    },
    staged: (importId) => [...(staging.get(importId)?.values() ?? [])],
  };
}

/** The stored training holds the same catalogue record (its id and updatedAt aside). */
function sameContent(stored: CatalogueTraining & { id: string; updatedAt: Date }, record: CatalogueTraining): boolean {
  const { id: _id, updatedAt: _updatedAt, ...content } = stored;
  return canonical(content) === canonical(record);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

import {
  countRecords,
  type ImportCounts,
  type ImportOutcome,
  type ImportSummary,
  importSummaryMessage,
} from "../../domain/training/catalogue-import.ts";
import type { CatalogueTraining } from "../../domain/training/training.ts";
import type { JobProgress } from "../scheduling/index.ts";
import {
  type CatalogueImport,
  type CatalogueImports,
  CatalogueUnavailable,
  type TrainingCatalogueSource,
} from "./ports.ts";

type Deps = Readonly<{ source: TrainingCatalogueSource; imports: CatalogueImports }>;

/**
 * The catalogue import (job `catalogue:import`): reads the source page by page, staging the kept records and
 * counting rejections by reason; the live catalogue changes only at the end, in one swap. A source failure
 * interrupts the run (staging and cursor kept: the next run resumes there); a source with nothing usable never
 * wipes the catalogue.
 */
export function importCatalogue(deps: Deps) {
  return async (now: Date, progress: JobProgress): Promise<ImportSummary> => {
    const { source, imports } = deps;
    const run = (await imports.unfinished(source.name)) ?? (await imports.start(source.name, now));
    const read = await readRemainingPages(deps, run, progress);
    if (read.outcome === "interrupted") {
      await imports.interrupt(run.id, now);
      return summaryOf(source.name, read.counts, "interrupted", 0);
    }
    if (read.counts.kept === 0) {
      await imports.refuseEmpty(run.id, now);
      return summaryOf(source.name, read.counts, "refused_empty", 0);
    }
    const { removed } = await imports.apply(run.id, now);
    return summaryOf(source.name, read.counts, "applied", removed);
  };
}

/**
 * Reads from the run's cursor to the last page. A run whose cursor is back to null after reading records had read
 * every page (it stopped before its swap): nothing is left to read.
 */
async function readRemainingPages(deps: Deps, run: CatalogueImport, progress: JobProgress) {
  let { counts, cursor } = run;
  progress.advance(counts.read);
  if (cursor === null && counts.read > 0) return { outcome: "exhausted" as const, counts };
  for (;;) {
    let page: Awaited<ReturnType<TrainingCatalogueSource["page"]>>;
    try {
      page = await deps.source.page(cursor);
    } catch (failure) {
      if (failure instanceof CatalogueUnavailable) return { outcome: "interrupted" as const, counts };
      throw failure;
    }
    if (page.total !== null) progress.total(page.total);
    const kept: CatalogueTraining[] = [];
    const rejections: string[] = [];
    for (const record of page.records) {
      if (record.kind === "training") kept.push(record.training);
      else rejections.push(record.reason);
    }
    counts = countRecords(counts, kept.length, rejections);
    await deps.imports.stagePage(run.id, { trainings: kept, counts, cursor: page.next });
    progress.advance(page.records.length);
    if (page.next === null) return { outcome: "exhausted" as const, counts };
    cursor = page.next;
  }
}

function summaryOf(source: string, counts: ImportCounts, outcome: ImportOutcome, removed: number): ImportSummary {
  return { source, ...counts, outcome, removed, message: importSummaryMessage(counts, outcome, removed) };
}

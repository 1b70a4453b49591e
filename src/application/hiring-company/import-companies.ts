import {
  type CompanyImportCounts,
  type CompanyImportOutcome,
  type CompanyImportSummary,
  companyImportMessage,
  countRejected,
} from "../../domain/hiring-company/company-import.ts";
import {
  type CompanyFileLine,
  companyOfRow,
  type ParsedCompanyRow,
  parseCompanyRow,
} from "../../domain/hiring-company/company-row.ts";
import { type HiringCompany, withContactOverride } from "../../domain/hiring-company/hiring-company.ts";
import type { JobProgress } from "../scheduling/index.ts";
import type { SearchIndex } from "../search/index.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { cachedCodeLookups, type ReferentialReads } from "./code-lookups.ts";
import { companySearchEntry } from "./company-search-entry.ts";
import {
  type CompanyFile,
  type CompanyFileSource,
  CompanyFileUnavailable,
  type CompanyGenerations,
  type HiringCompanyRepos,
} from "./ports.ts";

/** SearchIndex.appendToCompanyGeneration takes at most 5,000 entries a call. */
const BATCH_ROWS = 5_000;

export type ImportCompaniesDeps = Readonly<{
  source: CompanyFileSource;
  generations: CompanyGenerations;
  /** The search read model outside transactions (kit.apis.search.index): the new generation fills there. */
  searchIndex: SearchIndex;
  unitOfWork: UnitOfWork<Pick<HiringCompanyRepos, "hiringCompanies" | "searchIndex">>;
  referential: ReferentialReads;
  clock: Clock;
}>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? { -readonly [P in keyof T[K]]: T[K][P] } : T[K] };

/**
 * `companies:import` (docs/DATA.md "Algorithm companies file"): streams the file into a new, invisible generation
 * of the companies table and of the search read model, then publishes both in one short transaction, so a search
 * sees the old list or the new one, never a mix. Bad rows are counted by reason, never fatal; dereferenced SIRETs
 * are skipped; approved contact changes are applied on top. A file that breaks off, or holds no good row,
 * changes nothing.
 */
export function importCompanies(deps: ImportCompaniesDeps) {
  return async (_now: Date, progress: JobProgress): Promise<CompanyImportSummary> => {
    const since = deps.clock.now();
    let file: CompanyFile;
    try {
      file = await deps.source.open();
    } catch (failure) {
      if (failure instanceof CompanyFileUnavailable) return summaryOf("?", emptyCounts(), "unreadable", null);
      throw failure;
    }
    await deps.generations.dropAllButLive();
    await deps.searchIndex.dropStaleCompanyGenerations();
    const generation = await deps.searchIndex.beginCompanyGeneration();
    const counts = emptyCounts();
    try {
      await load(deps, file, generation, counts, progress);
    } catch (failure) {
      await discard(deps);
      if (failure instanceof CompanyFileUnavailable) return summaryOf(file.name, counts, "unreadable", null);
      throw failure;
    }
    if (counts.kept === 0) {
      await discard(deps);
      return summaryOf(file.name, counts, "refused_empty", null);
    }
    // Indexes are built once, on full tables, before the short publishing transaction.
    await Promise.all([deps.generations.seal(generation), deps.searchIndex.sealCompanyGeneration(generation)]);
    await deps.unitOfWork.run(async ({ hiringCompanies, searchIndex }) => {
      const { removed, updated } = await hiringCompanies.publish(generation, since);
      await searchIndex.publishCompanyGeneration(generation);
      if (removed.length > 0) await searchIndex.remove("company", removed);
      if (updated.length > 0) await searchIndex.put(updated.map(companySearchEntry));
    });
    await deps.generations.dropAllButLive();
    await deps.searchIndex.dropStaleCompanyGenerations();
    return summaryOf(file.name, counts, "applied", generation);
  };
}

async function load(
  deps: ImportCompaniesDeps,
  file: CompanyFile,
  generation: number,
  counts: Mutable<CompanyImportCounts>,
  progress: JobProgress,
) {
  const [dereferenced, overrides] = await Promise.all([
    deps.generations.dereferencedSirets(),
    deps.generations.contactOverrides(),
  ]);
  const lookups = cachedCodeLookups(deps.referential);
  const seen = new Set<string>();
  progress.total(file.sizeBytes);
  let reported = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const flush = async (lines: CompanyFileLine[]) => {
    const parsed: ParsedCompanyRow[] = [];
    for (const line of lines) {
      counts.read++;
      if (line.kind === "unreadable") {
        countRejected(counts.rejected, "ligne_illisible");
        continue;
      }
      const row = parseCompanyRow(line.row);
      if (row.ok) parsed.push(row.row);
      else countRejected(counts.rejected, row.reason);
    }
    await lookups.prepare(parsed);
    const kept: HiringCompany[] = [];
    for (const row of parsed) {
      const company = companyOfRow(row, lookups, counts.kept + kept.length);
      if (!company.ok) countRejected(counts.rejected, company.reason);
      else if (seen.has(row.siret)) countRejected(counts.rejected, "doublon");
      else if (dereferenced.has(row.siret)) {
        seen.add(row.siret);
        counts.dereferenced++;
      } else {
        seen.add(row.siret);
        for (const field of row.dropped) countRejected(counts.dropped, field);
        kept.push(withContactOverride(company.company, overrides.get(row.siret)));
      }
    }
    counts.kept += kept.length;
    // The previous batch's writes ran while this one was read and checked; one batch in flight at a time.
    await writing;
    if (kept.length > 0) {
      const entries = kept.map(companySearchEntry);
      writing = Promise.all([
        deps.generations.append(generation, kept),
        deps.searchIndex.appendToCompanyGeneration(generation, entries),
      ]);
      writing.catch(() => {});
    }
    const bytes = file.bytesRead();
    progress.advance(bytes - reported);
    reported = bytes;
  };
  let batch: CompanyFileLine[] = [];
  try {
    for await (const chunk of file.batches()) {
      for (const line of chunk) {
        batch.push(line);
        if (batch.length === BATCH_ROWS) {
          await flush(batch);
          batch = [];
        }
      }
    }
    await flush(batch);
  } finally {
    // Nothing may land in the generation after the caller discards it.
    await writing.catch(() => {});
  }
  await writing;
}

async function discard(deps: ImportCompaniesDeps) {
  await deps.generations.dropAllButLive();
  await deps.searchIndex.dropStaleCompanyGenerations();
}

function emptyCounts(): Mutable<CompanyImportCounts> {
  return { read: 0, kept: 0, rejected: {}, dropped: {}, dereferenced: 0 };
}

function summaryOf(
  file: string,
  counts: CompanyImportCounts,
  outcome: CompanyImportOutcome,
  generation: number | null,
): CompanyImportSummary {
  return { file, ...counts, outcome, generation, message: companyImportMessage(counts, outcome) };
}

import { frenchCount } from "../shared/french-plural.ts";

/** What an import has read so far (cumulated across the runs of a resumed import). */
export type ImportCounts = Readonly<{
  read: number;
  kept: number;
  /** Rejected records by reason (the source's short reasons, e.g. `siret_formateur_invalide`). */
  rejected: Readonly<Record<string, number>>;
}>;

export const NOTHING_READ: ImportCounts = { read: 0, kept: 0, rejected: {} };

/** `kept` more records read and kept, and one rejected record per reason in `rejections`. */
export function countRecords(counts: ImportCounts, kept: number, rejections: readonly string[]): ImportCounts {
  const rejected = { ...counts.rejected };
  for (const reason of rejections) rejected[reason] = (rejected[reason] ?? 0) + 1;
  return { read: counts.read + kept + rejections.length, kept: counts.kept + kept, rejected };
}

function rejectedTotal(counts: ImportCounts): number {
  return Object.values(counts.rejected).reduce((sum, count) => sum + count, 0);
}

/**
 * How a run ended: `applied` (the new catalogue is live), `interrupted` (the source failed: the run resumes from
 * there next time, the live catalogue unchanged), `refused_empty` (the source gave no usable training: nothing is
 * wiped).
 */
export type ImportOutcome = "applied" | "interrupted" | "refused_empty";

export type ImportSummary = ImportCounts &
  Readonly<{ source: string; outcome: ImportOutcome; removed: number; message: string }>;

/** The job's one-line French summary (`npm run job -- catalogue:import` prints it last). */
export function importSummaryMessage(counts: ImportCounts, outcome: ImportOutcome, removed: number): string {
  const read = `${frenchCount(counts.read, "lue")}, ${frenchCount(counts.kept, "gardée")}, ${rejectedPart(counts)}`;
  if (outcome === "applied") return `Catalogue importé : ${read}, ${frenchCount(removed, "retirée")}.`;
  if (outcome === "interrupted") {
    return `Import du catalogue interrompu (source indisponible) : ${read} ; il reprendra là où il s'est arrêté, le catalogue en ligne est inchangé.`;
  }
  return `Import du catalogue refusé : aucune formation valable (${read}) ; le catalogue en ligne est inchangé.`;
}

function rejectedPart(counts: ImportCounts): string {
  const total = frenchCount(rejectedTotal(counts), "rejetée");
  const reasons = Object.entries(counts.rejected)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([reason, count]) => `${reason} : ${count}`);
  return reasons.length === 0 ? total : `${total} (${reasons.join(", ")})`;
}

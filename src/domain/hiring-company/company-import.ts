import { frenchCount } from "../shared/french-plural.ts";
import type { DroppedField, RowRejection } from "./company-row.ts";

/** What an import read: rows kept, rows rejected by reason, contact fields dropped from kept rows. */
export type CompanyImportCounts = Readonly<{
  read: number;
  kept: number;
  rejected: Readonly<Partial<Record<RowRejection, number>>>;
  dropped: Readonly<Partial<Record<DroppedField, number>>>;
  /** Good rows left out because the company asked to be dereferenced (they never come back). */
  dereferenced: number;
}>;

/**
 * `applied`: the new list is live; `unreadable`: the file could not be read (to its end), nothing changed;
 * `refused_empty`: no good row, nothing changed (an empty file never wipes the list).
 */
export type CompanyImportOutcome = "applied" | "unreadable" | "refused_empty";

export type CompanyImportSummary = CompanyImportCounts &
  Readonly<{ file: string; outcome: CompanyImportOutcome; generation: number | null; message: string }>;

export function countRejected<K extends string>(counts: Partial<Record<K, number>>, reason: K): void {
  counts[reason] = (counts[reason] ?? 0) + 1;
}

/** The job's one-line French summary (`npm run job -- companies:import` prints it last). */
export function companyImportMessage(counts: CompanyImportCounts, outcome: CompanyImportOutcome): string {
  const read = `${frenchCount(counts.read, "ligne lue", "lignes lues")}, ${frenchCount(counts.kept, "gardée")}, ${byReason(counts.rejected, "rejetée")}, ${frenchCount(counts.dereferenced, "entreprise déréférencée écartée", "entreprises déréférencées écartées")}, ${byReason(counts.dropped, "coordonnée ignorée", "coordonnées ignorées")}`;
  if (outcome === "applied") return `Entreprises importées : ${read}.`;
  if (outcome === "unreadable")
    return `Import des entreprises interrompu (fichier illisible) : ${read} ; la liste en ligne est inchangée.`;
  return `Import des entreprises refusé : aucune ligne valable (${read}) ; la liste en ligne est inchangée.`;
}

function byReason(counts: Readonly<Record<string, number | undefined>>, singular: string, plural?: string): string {
  const entries = Object.entries(counts).filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0);
  const total = frenchCount(
    entries.reduce((sum, [, count]) => sum + count, 0),
    singular,
    plural,
  );
  const reasons = entries
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([reason, count]) => `${reason} : ${count}`);
  return reasons.length === 0 ? total : `${total} (${reasons.join(", ")})`;
}

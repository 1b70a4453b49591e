import type { RomeCode } from "../shared/rome-code.ts";
import { normaliseSearchText, textMatchRank } from "../shared/search-text.ts";
import type { MetierSuggestion } from "./metier-suggestion.ts";

/** What a typed métier is searched as: its ROME codes, the name shown for it, and lines offered to narrow it. */
export type MetierChoice = Readonly<{
  romeCodes: readonly RomeCode[];
  /** The chosen line's label, or the typed text itself when several fiches are searched. */
  label: string;
  /** Several fiches are searched at once: the page says so and offers each one. */
  several: boolean;
  others: readonly MetierSuggestion[];
}>;

const OTHERS_SHOWN = 5;
const labelOf = (line: MetierSuggestion) => line.appellation ?? line.romeLabel;

/**
 * A métier typed without picking a line of the autocomplete (a page without JavaScript), given the autocomplete's
 * suggestions for it, in their order:
 * - a line one of whose forms is exactly the typed text ("boulangère" for "Boulanger / Boulangère") is that métier;
 * - else, when the lines that match best (textMatchRank) all belong to one fiche, that fiche under its first line;
 * - else every fiche of those lines is searched, under the typed text ("vendeur": the shortest label, "Vendeur /
 *   Vendeuse en ski", is no better a guess than the other vendeurs), and their lines are offered to narrow it.
 * Null when nothing matches.
 */
export function chooseMetier(typed: string, suggestions: readonly MetierSuggestion[]): MetierChoice | null {
  const query = normaliseSearchText(typed);
  const exact = suggestions.find((line) => formsOf(labelOf(line)).includes(query));
  if (exact) return single(exact, suggestions);
  const rankOf = (line: MetierSuggestion) => textMatchRank(normaliseSearchText(labelOf(line)), query) ?? 3;
  const best = Math.min(...suggestions.map(rankOf));
  const bestLines = suggestions.filter((line) => rankOf(line) === best);
  const codes = [...new Set(bestLines.map((line) => line.romeCode))];
  const [first] = bestLines;
  if (!first) return null;
  if (codes.length === 1) return single(first, suggestions);
  return { romeCodes: codes, label: typed.trim(), several: true, others: bestLines.slice(0, OTHERS_SHOWN) };
}

function single(chosen: MetierSuggestion, suggestions: readonly MetierSuggestion[]): MetierChoice {
  const others = suggestions.filter((line) => line !== chosen).slice(0, OTHERS_SHOWN);
  return { romeCodes: [chosen.romeCode], label: labelOf(chosen), several: false, others };
}

/**
 * The whole label and each of its forms, normalised. ROME writes a gendered label once with the shared words at
 * the end: "Boulanger / Boulangère" → "boulanger", "boulangere"; "Vendeur / Vendeuse en ski" → "vendeur en ski",
 * "vendeuse en ski" (never "vendeur" alone).
 */
function formsOf(label: string): string[] {
  const parts = label.split("/").map((part) => normaliseSearchText(part));
  const [first, second] = parts;
  if (parts.length !== 2 || first === undefined || second === undefined || first.includes(" ")) {
    return [normaliseSearchText(label), ...parts];
  }
  const shared = second.split(" ").slice(1).join(" ");
  return [normaliseSearchText(label), shared === "" ? first : `${first} ${shared}`, second];
}

import type { RomeCode } from "../shared/rome-code.ts";
import { normaliseSearchText } from "../shared/search-text.ts";

/** One line of the métier autocomplete: a fiche (appellation null) or one of its appellations. */
export type MetierSuggestion = Readonly<{
  romeCode: RomeCode;
  romeLabel: string;
  appellation: string | null;
  appellationCode: string | null;
}>;

const isTwinAppellation = (s: MetierSuggestion) =>
  s.appellation !== null && normaliseSearchText(s.appellation) === normaliseSearchText(s.romeLabel);

/**
 * ROME v4 often names a fiche like one of its appellations (D1102 "Boulanger / Boulangère" and appellation 11573):
 * when both are suggested, the person sees one line, the appellation, which also carries its `appellationCode`.
 * Labels are compared normalised (case, accents, punctuation). Order is kept.
 */
export function withoutTwinFiches(suggestions: readonly MetierSuggestion[]): MetierSuggestion[] {
  const twinned = new Set(suggestions.filter(isTwinAppellation).map((s) => s.romeCode));
  return suggestions.filter((s) => s.appellation !== null || !twinned.has(s.romeCode));
}

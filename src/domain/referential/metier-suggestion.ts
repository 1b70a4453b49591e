import type { RomeCode } from "../shared/rome-code.ts";

/** One line of the métier autocomplete: a fiche (appellation null) or one of its appellations. */
export type MetierSuggestion = Readonly<{
  romeCode: RomeCode;
  romeLabel: string;
  appellation: string | null;
  appellationCode: string | null;
}>;

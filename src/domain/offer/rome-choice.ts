import type { RomeFiche } from "../referential/rome-fiche.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { RomeCode } from "../shared/rome-code.ts";
import { normaliseSearchText } from "../shared/search-text.ts";
import type { OfferRomeUnknown } from "./errors.ts";

/** The fiche an offer is about, and the appellation chosen in it (the label as the referential spells it). */
export type RomeChoice = Readonly<{ fiche: RomeFiche; appellation: string | null }>;

/**
 * `fiche` is what the referential returned for `romeCode` (null when it has none). The appellation must be one
 * of the fiche's: typed exactly, or differing only by case, accents or punctuation, from its label or short
 * label; the stored value is always the label. A blank appellation means none.
 */
export function resolveRomeChoice(
  fiche: RomeFiche | null,
  romeCode: RomeCode,
  appellation: string | null,
): Result<RomeChoice, OfferRomeUnknown> {
  const wanted = appellation?.trim() || null;
  if (fiche === null || fiche.code !== romeCode) {
    return err({ code: "ROME_UNKNOWN", path: "romeCode", romeCode, appellation: wanted });
  }
  if (wanted === null) return ok({ fiche, appellation: null });
  const label = canonicalAppellation(fiche, wanted);
  return label === null
    ? err({ code: "ROME_UNKNOWN", path: "appellation", romeCode, appellation: wanted })
    : ok({ fiche, appellation: label });
}

function canonicalAppellation(fiche: RomeFiche, wanted: string): string | null {
  const exact = fiche.appellations.find((a) => a.label === wanted);
  if (exact !== undefined) return exact.label;
  const key = normaliseSearchText(wanted);
  if (key === "") return null;
  const loose = fiche.appellations.find(
    (a) => normaliseSearchText(a.label) === key || normaliseSearchText(a.shortLabel) === key,
  );
  return loose?.label ?? null;
}

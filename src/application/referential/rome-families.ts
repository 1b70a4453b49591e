import type { RomeUnknown } from "../../domain/referential/rome-fiche.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { RomeReferential } from "./ports.ts";

/**
 * The ROME codes a search matches (docs/API.md "ROME codes"): each asked code and its sub-fiches, without
 * duplicates, sorted; ROME_UNKNOWN names the first well-formed code absent from the referential.
 */
export function romeCodesWithSubFiches(deps: { romeReferential: RomeReferential }) {
  return async (codes: readonly RomeCode[]): Promise<Result<RomeCode[], RomeUnknown>> => {
    const families = await deps.romeReferential.familiesOf(codes);
    const unknown = codes.find((code) => !families.has(code));
    if (unknown) return err({ code: "ROME_UNKNOWN", romeCode: unknown });
    return ok([...new Set([...families.values()].flat())].sort());
  };
}

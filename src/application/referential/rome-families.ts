import type { RomeUnknown } from "../../domain/referential/rome-fiche.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { RomeReferential } from "./ports.ts";

/**
 * The ROME codes a search matches (docs/API.md "ROME codes"): each asked code and its sub-fiches, without
 * duplicates, sorted; ROME_UNKNOWN names the first well-formed code absent from the referential.
 *
 * The referential only changes with a release (it is seeded before the service starts), so a known code's family
 * is asked once and kept: a search then costs no read. Unknown codes are not kept (anyone may send any of them).
 */
export function romeCodesWithSubFiches(deps: { romeReferential: RomeReferential }) {
  const known = new Map<RomeCode, readonly RomeCode[]>();
  return async (codes: readonly RomeCode[]): Promise<Result<RomeCode[], RomeUnknown>> => {
    const missing = codes.filter((code) => !known.has(code));
    if (missing.length > 0) {
      for (const [code, family] of await deps.romeReferential.familiesOf(missing)) known.set(code, family);
    }
    const unknown = codes.find((code) => !known.has(code));
    if (unknown) return err({ code: "ROME_UNKNOWN", romeCode: unknown });
    return ok([...new Set(codes.flatMap((code) => known.get(code) ?? []))].sort());
  };
}

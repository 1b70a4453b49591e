import type { RomeFiche, RomeUnknown } from "../../domain/referential/rome-fiche.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { parseRomeCode } from "../../domain/shared/rome-code.ts";
import type { RomeReferential } from "./ports.ts";

export function getRomeFiche(deps: { romeReferential: RomeReferential }) {
  return async (input: { romeCode: string }): Promise<Result<RomeFiche, RomeUnknown>> => {
    const code = parseRomeCode(input.romeCode);
    if (!code.ok) return err({ code: "ROME_UNKNOWN", romeCode: input.romeCode });
    const fiche = await deps.romeReferential.findFiche(code.value);
    return fiche ? ok(fiche) : err({ code: "ROME_UNKNOWN", romeCode: code.value });
  };
}

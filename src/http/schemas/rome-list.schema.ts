import { z } from "@hono/zod-openapi";
import { ROME_CODE_PATTERN } from "../../domain/shared/rome-code.ts";

/** The diploma levels a search filters by (docs/API.md "Conventions"). */
export const DIPLOMA_LEVELS = ["3", "4", "5", "6", "7"] as const;
/** docs/API.md "Search": 1 to 20 ROME codes. */
const MAX_ROMES = 20;

/** `romes=D1102,D1104`: the ROME codes of a search, comma-separated, shared by the jobs and trainings searches. */
export const romeList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z.string().regex(ROME_CODE_PATTERN, {
          error: "Code ROME invalide : une lettre suivie de 4 chiffres (par exemple D1102).",
        }),
      )
      .min(1, { error: "Donnez au moins un code ROME." })
      .max(MAX_ROMES, { error: `Donnez au plus ${MAX_ROMES} codes ROME.` }),
  );

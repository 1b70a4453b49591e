import { eq, inArray, or, sql } from "drizzle-orm";
import type { RomeReferential } from "../../../application/referential/ports.ts";
import type { MetierSuggestion } from "../../../domain/referential/metier-suggestion.ts";
import type { RomeFiche } from "../../../domain/referential/rome-fiche.ts";
import type { RomeCode } from "../../../domain/shared/rome-code.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";
import { romeAppellations, romeFiches } from "./schema.ts";

type SuggestionRow = {
  rome_code: string;
  rome_label: string;
  appellation: string | null;
  appellation_code: string | null;
};

export function createPgRomeReferential(db: Db): RomeReferential {
  return {
    async metierLines() {
      const result = await db.execute(sql`
        select rome_code, rome_label, appellation, appellation_code from (
          select f.code as rome_code, f.label as rome_label, null::text as appellation,
                 null::text as appellation_code, 0 as kind
            from rome_fiches f
          union all
          select a.rome_code, f.label, a.label, a.code, 1
            from rome_appellations a join rome_fiches f on f.code = a.rome_code
        ) m
        order by rome_code collate "C", kind, appellation_code collate "C"`);
      return rowsOf<SuggestionRow>(result).map(toSuggestion);
    },

    async findFiche(code) {
      const [fiche] = await db.select().from(romeFiches).where(eq(romeFiches.code, code));
      if (!fiche) return null;
      const appellations = await db
        .select({ code: romeAppellations.code, label: romeAppellations.label, shortLabel: romeAppellations.shortLabel })
        .from(romeAppellations)
        .where(eq(romeAppellations.romeCode, code))
        .orderBy(sql`${romeAppellations.label} collate "C"`);
      return toFiche(fiche, appellations);
    },

    async familiesOf(codes) {
      const families = new Map<RomeCode, RomeCode[]>();
      if (codes.length === 0) return families;
      const wanted = [...codes];
      const rows = await db
        .select({ code: romeFiches.code, parentCode: romeFiches.parentCode })
        .from(romeFiches)
        .where(or(inArray(romeFiches.code, wanted), inArray(romeFiches.parentCode, wanted)));
      const known = new Set(rows.map((row) => row.code));
      for (const code of codes) {
        if (!known.has(code)) continue;
        const children = rows.filter((row) => row.parentCode === code && row.code !== code).map((row) => row.code);
        families.set(code, [code, ...children].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) as RomeCode[]);
      }
      return families;
    },
  };
}

function toSuggestion(row: SuggestionRow): MetierSuggestion {
  return {
    romeCode: row.rome_code as RomeCode,
    romeLabel: row.rome_label,
    appellation: row.appellation,
    appellationCode: row.appellation_code,
  };
}

function toFiche(row: typeof romeFiches.$inferSelect, appellations: RomeFiche["appellations"]): RomeFiche {
  return {
    code: row.code as RomeCode,
    label: row.label,
    parentCode: row.parentCode as RomeCode,
    domain: { code: row.domainCode, label: row.domainLabel },
    definition: row.definition,
    access: row.access,
    skills: row.skills,
    softSkills: row.softSkills,
    appellations,
  };
}

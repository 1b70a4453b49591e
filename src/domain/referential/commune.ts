import type { InseeCode } from "../shared/insee-code.ts";
import { textMatchRank } from "../shared/search-text.ts";

/** A commune or municipal arrondissement of the INSEE COG 2026, with its centroid. */
export type Commune = Readonly<{
  insee: InseeCode;
  name: string;
  kind: "commune" | "arrondissement";
  postcodes: readonly string[];
  department: Readonly<{ code: string; name: string }>;
  population: number | null;
  latitude: number;
  longitude: number;
}>;

/** A query made only of 2 to 5 digits is read as (the start of) a postcode, anything else as a name. */
export function isPostcodeQuery(query: string): boolean {
  return /^\d{2,5}$/.test(query.trim());
}

/** An exact name first (Lyon before Lyon 1er Arrondissement), then textMatchRank's order. */
export function communeNameRank(searchName: string, query: string): number | null {
  if (searchName === query) return 0;
  const rank = textMatchRank(searchName, query);
  return rank === null ? null : rank + 1;
}

import type { DiplomaLevel } from "../../../domain/referential/nomenclatures.ts";
import { longitudeStripOf } from "../../../domain/search/bounding-box.ts";
import { unitVectorOf } from "../../../domain/search/great-circle.ts";
import type { SearchEntry, SearchKind } from "../../../domain/search/search-entry.ts";
import { kindRank } from "../../../domain/search/search-entry.ts";
import { filterKeysOf } from "../../../domain/search/search-filters.ts";
import { sortKeyOf } from "../../../domain/search/search-order.ts";
import type { ContractType } from "../../../domain/shared/contract-type.ts";
import type { RomeCode } from "../../../domain/shared/rome-code.ts";

/** A search_items row as raw SQL reads it: instants are Date on PGlite, text on postgres.js. */
export type SearchItemRow = Readonly<{
  kind: SearchKind;
  id: string;
  title: string;
  rome_codes: string[];
  company_name: string;
  city: string | null;
  postcode: string | null;
  latitude: number | string;
  longitude: number | string;
  diploma_level: string | null;
  contract_types: string[] | null;
  created_at: Date | string | null;
  import_rank: number | null;
  expires_at: Date | string | null;
  can_apply: boolean;
  apply_url: string | null;
  phone: string | null;
  website: string | null;
}>;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value));

export function entryOfRow(row: SearchItemRow): SearchEntry {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    romeCodes: row.rome_codes as RomeCode[],
    companyName: row.company_name,
    place: { city: row.city, postcode: row.postcode, latitude: Number(row.latitude), longitude: Number(row.longitude) },
    diplomaLevel: row.diploma_level as DiplomaLevel["level"] | null,
    contractTypes: row.contract_types as ContractType[] | null,
    createdAt: instant(row.created_at),
    importRank: row.import_rank === null ? null : Number(row.import_rank),
    expiresAt: instant(row.expires_at),
    canApply: row.can_apply,
    applyUrl: row.apply_url,
    phone: row.phone,
    website: row.website,
  };
}

/**
 * One entry as the write statement's JSON record: what search_items shows and what search_item_romes filters and
 * orders by (domain rules: sort key, filter keys). `generation` null: the live company generation.
 */
export function recordOfEntry(entry: SearchEntry, generation: number | null) {
  const filters = filterKeysOf(entry);
  const { x, y, z } = unitVectorOf(entry.place);
  return {
    kind: entry.kind,
    id: entry.id,
    generation,
    title: entry.title,
    rome_codes: entry.romeCodes,
    company_name: entry.companyName,
    city: entry.place.city,
    postcode: entry.place.postcode,
    latitude: entry.place.latitude,
    longitude: entry.place.longitude,
    diploma_level: entry.diplomaLevel,
    contract_types: entry.contractTypes,
    created_at: entry.createdAt?.toISOString() ?? null,
    import_rank: entry.importRank,
    expires_at: entry.expiresAt?.toISOString() ?? null,
    can_apply: entry.canApply,
    apply_url: entry.applyUrl,
    phone: entry.phone,
    website: entry.website,
    x,
    y,
    z,
    longitude_strip: longitudeStripOf(entry.place.longitude),
    kind_rank: kindRank(entry.kind),
    sort_key: sortKeyOf(entry),
    filter_level: filters.diplomaLevel,
    contract_mask: filters.contractMask,
  };
}

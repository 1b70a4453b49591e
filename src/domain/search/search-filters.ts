import type { DiplomaLevel } from "../referential/nomenclatures.ts";
import type { ContractType } from "../shared/contract-type.ts";
import type { SearchEntry } from "./search-entry.ts";

/** One bit per contract type, in the read model's `contract_mask`. */
export const CONTRACT_BITS: Readonly<Record<ContractType, number>> = { apprentissage: 1, professionnalisation: 2 };

/**
 * What a search filters an item by, as the read model stores it. Companies from the algorithm are never filtered
 * by level or contract (docs/API.md "Conventions"), so theirs are null whatever the entry says.
 */
export type FilterKeys = Readonly<{
  diplomaLevel: DiplomaLevel["level"] | null;
  contractMask: number | null;
  expiresAt: Date | null;
}>;

export function filterKeysOf(entry: SearchEntry): FilterKeys {
  const company = entry.kind === "company";
  return {
    diplomaLevel: company ? null : entry.diplomaLevel,
    contractMask: company || entry.contractTypes === null ? null : contractMaskOf(entry.contractTypes),
    expiresAt: entry.expiresAt,
  };
}

function contractMaskOf(types: readonly ContractType[]): number {
  return types.reduce((mask, type) => mask | CONTRACT_BITS[type], 0);
}

export type SearchFilters = Readonly<{
  diplomaLevel: DiplomaLevel["level"] | null;
  contractType: ContractType | null;
  now: Date;
}>;

/** A level matches items of that level and items of any level; a contract type likewise; expired items never. */
export function passesFilters(keys: FilterKeys, filters: SearchFilters): boolean {
  if (keys.expiresAt !== null && keys.expiresAt.getTime() <= filters.now.getTime()) return false;
  if (filters.diplomaLevel !== null && keys.diplomaLevel !== null && keys.diplomaLevel !== filters.diplomaLevel) {
    return false;
  }
  if (filters.contractType === null || keys.contractMask === null) return true;
  return (keys.contractMask & CONTRACT_BITS[filters.contractType]) !== 0;
}

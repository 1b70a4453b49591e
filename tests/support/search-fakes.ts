import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import { createMemorySearch } from "../../src/adapters/memory/search-index.memory.ts";
import { resolvePlace } from "../../src/application/referential/resolve-place.ts";
import { romeCodesWithSubFiches } from "../../src/application/referential/rome-families.ts";
import { searchUseCases } from "../../src/application/search/index.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { aCommune, aRomeFiche } from "./referential-builders.ts";
import { PARIS } from "./search-builders.ts";
import { aTestClock } from "./test-clock.ts";

/** The jobs search on fakes: D1102 with its sub-fiche D1108, D1104, and Paris (75056, postcode 75004). */
export async function searchOnFakes(entries: readonly SearchEntry[] = []) {
  const { index, reader } = createMemorySearch();
  await index.put(entries);
  const romeReferential = createMemoryRomeReferential([
    aRomeFiche({ code: "D1102", label: "Boulangerie - viennoiserie" }),
    aRomeFiche({ code: "D1108", label: "Chef boulanger", parentCode: "D1102" as RomeCode }),
    aRomeFiche({ code: "D1104", label: "Pâtisserie, confiserie, chocolaterie et glacerie" }),
  ]);
  const communeReferential = createMemoryCommuneReferential([
    aCommune({ insee: "75056", name: "Paris", postcodes: ["75004"], population: 2_100_000, ...PARIS }),
  ]);
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const useCases = searchUseCases({
    searchReader: reader,
    resolvePlace: resolvePlace({ communeReferential }),
    romeCodesWithSubFiches: romeCodesWithSubFiches({ romeReferential }),
    clock,
  });
  return { ...useCases, index, clock };
}

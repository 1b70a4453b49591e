import type { Commune } from "../../domain/referential/commune.ts";
import type { DiplomaLevel, IdccOpco, NafEntry, Opco } from "../../domain/referential/nomenclatures.ts";
import type { RomeFiche } from "../../domain/referential/rome-fiche.ts";

/** A dataset and the content version it was built with (data/referential/manifest.json). */
type Versioned<T> = Readonly<{ version: string; items: readonly T[] }>;

/** Everything the referential seeder loads, already mapped to domain types. */
export type ReferentialData = Readonly<{
  rome: Versioned<RomeFiche>;
  communes: Versioned<Commune>;
  naf: Versioned<NafEntry>;
  opco: Versioned<Opco> & { readonly idcc: readonly IdccOpco[] };
  diplomaLevels: Versioned<DiplomaLevel>;
}>;

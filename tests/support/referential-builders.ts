import type { Commune } from "../../src/domain/referential/commune.ts";
import type { RomeFiche } from "../../src/domain/referential/rome-fiche.ts";
import type { InseeCode } from "../../src/domain/shared/insee-code.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";

/** A deterministic fiche; labels and appellations are the only fields the look-ups read. */
export function aRomeFiche(overrides: Omit<Partial<RomeFiche>, "code"> & { code: string; label: string }): RomeFiche {
  return {
    parentCode: overrides.code as RomeCode,
    domain: { code: overrides.code.slice(0, 3), label: "Domaine de test" },
    definition: [`Définition de ${overrides.label}.`],
    access: ["Accès de test."],
    skills: ["Compétence de test"],
    softSkills: [],
    appellations: [],
    ...overrides,
    code: overrides.code as RomeCode,
  } as RomeFiche;
}

export function anAppellation(code: string, label: string) {
  return { code, label, shortLabel: label };
}

export function aCommune(overrides: Omit<Partial<Commune>, "insee"> & { insee: string; name: string }): Commune {
  return {
    kind: "commune",
    postcodes: [],
    department: { code: overrides.insee.slice(0, 2), name: "Département de test" },
    population: null,
    latitude: 45,
    longitude: 4,
    ...overrides,
    insee: overrides.insee as InseeCode,
  };
}

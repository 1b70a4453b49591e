import { parseSiret } from "../../domain/shared/siret.ts";
import type { TrainingEstablishment } from "../../domain/training/training.ts";
import { emailOrNull, textOrNull, uaiOf } from "./catalogue-values.ts";
import type { CatalogueWireRecord } from "./catalogue-wire-format.ts";

type Role = "formateur" | "gestionnaire";

/**
 * The `etablissement_<role>_*` block of a record. A SIRET that fails INSEE's check rejects the record
 * (`siret_<role>_invalide`): trainings are matched to establishments by SIRET, so a record without one is useless.
 * A missing raison sociale falls back on the enseigne, then rejects (`raison_sociale_<role>_absente`).
 */
export function establishmentOf(record: CatalogueWireRecord, role: Role): TrainingEstablishment | string {
  const field = (name: string) =>
    (record as Record<string, string | null | undefined>)[`etablissement_${role}_${name}`];
  const siret = parseSiret(field("siret") ?? "");
  if (!siret.ok) return `siret_${role}_invalide`;
  const legalName = textOrNull(field("entreprise_raison_sociale")) ?? textOrNull(field("enseigne"));
  if (legalName === null) return `raison_sociale_${role}_absente`;
  return {
    siret: siret.value,
    uai: uaiOf(field("uai")),
    legalName,
    address: {
      street: textOrNull(field("adresse")) ?? "",
      postcode: textOrNull(field("code_postal")),
      city: textOrNull(field("localite")),
      insee: textOrNull(field("code_commune_insee")),
    },
    email: emailOrNull(field("courriel")),
    website: textOrNull(field("site_web")),
  };
}

import { z } from "zod";
import type { Establishment } from "../../domain/shared/establishment.ts";
import { type NafCode, parseNafCode } from "../../domain/shared/naf-code.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import { streetTypeLabel } from "./sirene-street-types.ts";

/**
 * The part of INSEE's API Sirene 3.11 answer to `GET /siret/{siret}` that we read (field names from INSEE's
 * "Dictionnaire des variables" of Sirene; other fields are dropped). Masked fields of a partially diffusible
 * establishment hold "[ND]", hence plain strings rather than stricter formats.
 */
const text = z.string().nullish();

const PeriodSchema = z.object({
  dateFin: text,
  etatAdministratifEtablissement: text,
  enseigne1Etablissement: text,
  denominationUsuelleEtablissement: text,
  activitePrincipaleEtablissement: text,
  nomenclatureActivitePrincipaleEtablissement: text,
});

export const SireneEtablissementResponseSchema = z.object({
  etablissement: z.object({
    siret: z.string(),
    statutDiffusionEtablissement: z.string(),
    trancheEffectifsEtablissement: text,
    uniteLegale: z.object({
      denominationUniteLegale: text,
      nomUniteLegale: text,
      nomUsageUniteLegale: text,
      prenom1UniteLegale: text,
      activitePrincipaleUniteLegale: text,
      nomenclatureActivitePrincipaleUniteLegale: text,
    }),
    adresseEtablissement: z.object({
      numeroVoieEtablissement: text,
      indiceRepetitionEtablissement: text,
      typeVoieEtablissement: text,
      libelleVoieEtablissement: text,
      codePostalEtablissement: text,
      libelleCommuneEtablissement: text,
      codeCommuneEtablissement: text,
    }),
    periodesEtablissement: z.array(PeriodSchema).min(1),
  }),
});

type Etablissement = z.infer<typeof SireneEtablissementResponseSchema>["etablissement"];
type Period = z.infer<typeof PeriodSchema>;

/** INSEE headcount bands: "NN" (no employee that year) or two digits "00" … "53". */
const HEADCOUNT_BAND = /^(NN|\d{2})$/;

/** Statut de diffusion "O" is public; "P" (partial, since 2023) and the former "N" mask the legal data. */
export function toEstablishment(siret: Siret, etablissement: Etablissement): Establishment {
  if (etablissement.statutDiffusionEtablissement !== "O") return { siret, diffusible: false };
  const period = currentPeriod(etablissement.periodesEtablissement);
  const band = etablissement.trancheEffectifsEtablissement ?? "";
  return {
    siret,
    diffusible: true,
    legalName: legalNameOf(etablissement.uniteLegale),
    brand: present(period.enseigne1Etablissement) ?? present(period.denominationUsuelleEtablissement),
    address: addressOf(etablissement.adresseEtablissement),
    nafCode: nafOf(period, etablissement.uniteLegale),
    open: period.etatAdministratifEtablissement === "A",
    headcountBand: HEADCOUNT_BAND.test(band) ? band : null,
    idccs: [],
  };
}

/** INSEE lists periods newest first; the current one has no end date. */
function currentPeriod(periods: readonly Period[]): Period {
  return periods.find((period) => !period.dateFin) ?? (periods[0] as Period);
}

/** A company's name, or an individual entrepreneur's first name and (usage, else birth) name. */
function legalNameOf(unit: Etablissement["uniteLegale"]): string {
  const company = present(unit.denominationUniteLegale);
  if (company) return company;
  const surname = present(unit.nomUsageUniteLegale) ?? present(unit.nomUniteLegale);
  return [present(unit.prenom1UniteLegale), surname].filter(Boolean).join(" ");
}

function addressOf(address: Etablissement["adresseEtablissement"]) {
  const street = [
    present(address.numeroVoieEtablissement),
    present(address.indiceRepetitionEtablissement),
    streetTypeLabel(present(address.typeVoieEtablissement)),
    present(address.libelleVoieEtablissement),
  ];
  return {
    street: street.filter(Boolean).join(" "),
    postcode: present(address.codePostalEtablissement),
    city: present(address.libelleCommuneEtablissement),
    insee: present(address.codeCommuneEtablissement),
  };
}

/** The establishment's own activity, else its legal unit's; only NAF rév. 2 codes map to a NafCode. */
function nafOf(period: Period, unit: Etablissement["uniteLegale"]): NafCode | null {
  const candidates = [
    [period.activitePrincipaleEtablissement, period.nomenclatureActivitePrincipaleEtablissement],
    [unit.activitePrincipaleUniteLegale, unit.nomenclatureActivitePrincipaleUniteLegale],
  ];
  for (const [code, nomenclature] of candidates) {
    const parsed = code && nomenclature === "NAFRev2" ? parseNafCode(code) : null;
    if (parsed?.ok) return parsed.value;
  }
  return null;
}

/** Sirene writes absent values as null, sometimes as "" or the mask "[ND]". */
function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed && trimmed !== "[ND]" ? trimmed : null;
}

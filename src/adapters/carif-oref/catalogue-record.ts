import type { CatalogueRecord } from "../../application/training/ports.ts";
import type { TrainingPlace } from "../../domain/training/training.ts";
import { establishmentOf } from "./catalogue-establishment.ts";
import {
  cfdOf,
  coordinatesOf,
  diplomaLevelOf,
  emailOrNull,
  rncpOf,
  romeCodesOf,
  sessionsOf,
  textOrNull,
} from "./catalogue-values.ts";
import { type CatalogueWireRecord, CatalogueWireRecordSchema } from "./catalogue-wire-format.ts";

/**
 * One record of a catalogue page → a kept training, or a rejection with a short reason (counted by the import):
 * `format_invalide` (not an object of the expected field types), `cle_absente`, `non_publiee`, `intitule_absent`,
 * `siret_formateur_invalide`, `siret_gestionnaire_invalide`, `raison_sociale_*_absente`, `coordonnees_invalides`.
 * Lesser defects (a malformed UAI, CFD, RNCP, ROME code or email) only blank that value.
 */
export function toCatalogueRecord(raw: unknown): CatalogueRecord {
  const parsed = CatalogueWireRecordSchema.safeParse(raw);
  if (!parsed.success) return rejected(keyOf(raw), "format_invalide");
  const record = parsed.data;
  const key = textOrNull(record.cle_ministere_educatif);
  if (key === null) return rejected(null, "cle_absente");
  if (record.published === false) return rejected(key, "non_publiee");
  const title = textOrNull(record.intitule_long) ?? textOrNull(record.intitule_court);
  if (title === null) return rejected(key, "intitule_absent");
  const formateur = establishmentOf(record, "formateur");
  if (typeof formateur === "string") return rejected(key, formateur);
  const gestionnaire = establishmentOf(record, "gestionnaire");
  if (typeof gestionnaire === "string") return rejected(key, gestionnaire);
  const place = placeOf(record);
  if (place === "invalid") return rejected(key, "coordonnees_invalides");
  const training = {
    catalogueKey: key,
    title,
    diplomaLevel: diplomaLevelOf(record.niveau),
    cfd: cfdOf(record.cfd),
    rncp: rncpOf(record.rncp_code),
    romeCodes: romeCodesOf(record.rome_codes),
    formateur,
    gestionnaire,
    qualiopi: record.etablissement_reference_certifie_qualite === true,
    place,
    // As given: libphonenumber-js checks numbers at the HTTP edge only (domain/shared/phone-number.ts).
    phone: textOrNull(record.num_tel),
    sessionEmail: emailOrNull(record.email),
    objectives: textOrNull(record.objectif) ?? textOrNull(record.contenu),
    sessions: sessionsOf(record.date_debut, record.date_fin),
  };
  return { kind: "training", training };
}

/** The lieu de formation; without coordinates there is no place (the training stays, unfindable by distance). */
function placeOf(record: CatalogueWireRecord): TrainingPlace | null | "invalid" {
  const point = coordinatesOf(record.lieu_formation_geo_coordonnees);
  if (point === null || point === "invalid") return point;
  return {
    street: textOrNull(record.lieu_formation_adresse),
    postcode: textOrNull(record.code_postal),
    city: textOrNull(record.localite),
    insee: textOrNull(record.code_commune_insee),
    ...point,
  };
}

function rejected(key: string | null, reason: string): CatalogueRecord {
  return { kind: "rejected", key, reason };
}

/** The key of a record too malformed to parse, when it still has a readable one. */
function keyOf(raw: unknown): string | null {
  const key = (raw as { cle_ministere_educatif?: unknown } | null)?.cle_ministere_educatif;
  return typeof key === "string" && key.trim() !== "" ? key.trim() : null;
}

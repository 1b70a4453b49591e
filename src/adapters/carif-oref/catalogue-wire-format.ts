import { z } from "zod";

/**
 * The wire format of the Réseau des Carif-Oref apprenticeship catalogue, `GET /api/v1/entity/formations`: one page
 * is `{ formations: [...], pagination: { page, resultats_par_page, nombre_de_page, total } }` (`page` arrives as a
 * string). Only the fields we read are declared; the others pass through unread. Every field is nullish: the
 * catalogue leaves many empty, and the mapping (catalogue-record.ts) decides which absences reject a record.
 */
const text = z.string().nullish();
const flag = z.boolean().nullish();
const texts = z.array(z.string()).nullish();
/** Session dates: an end may be missing inside the array. */
const dates = z.array(z.string().nullable()).nullish();

export const CataloguePageSchema = z.object({
  /** Parsed one by one (CatalogueWireRecordSchema), so that one malformed record never spoils its page. */
  formations: z.array(z.unknown()),
  pagination: z.object({
    page: z.union([z.string(), z.number()]),
    resultats_par_page: z.number(),
    nombre_de_page: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
});

/** An establishment block of a record, for `prefix` "etablissement_formateur" or "etablissement_gestionnaire". */
const establishmentFields = <P extends "etablissement_formateur" | "etablissement_gestionnaire">(prefix: P) =>
  ({
    [`${prefix}_siret`]: text,
    [`${prefix}_uai`]: text,
    [`${prefix}_entreprise_raison_sociale`]: text,
    [`${prefix}_enseigne`]: text,
    [`${prefix}_adresse`]: text,
    [`${prefix}_code_postal`]: text,
    [`${prefix}_localite`]: text,
    [`${prefix}_code_commune_insee`]: text,
    [`${prefix}_courriel`]: text,
    /** Not in the catalogue schema we found; read when present (the offline demo catalogue fills it). */
    [`${prefix}_site_web`]: text,
  }) as Record<`${P}_${EstablishmentField}`, typeof text>;

type EstablishmentField =
  | "siret"
  | "uai"
  | "entreprise_raison_sociale"
  | "enseigne"
  | "adresse"
  | "code_postal"
  | "localite"
  | "code_commune_insee"
  | "courriel"
  | "site_web";

export const CatalogueWireRecordSchema = z.object({
  cle_ministere_educatif: text,
  cfd: text,
  rncp_code: text,
  intitule_long: text,
  intitule_court: text,
  /** "3 (CAP...)", "4 (BAC...)", "5 (BTS, DEUST...)", "6 (Licence, BUT...)", "7 (Master, titre ingénieur...)", "8 (Doctorat...)". */
  niveau: text,
  rome_codes: texts,
  ...establishmentFields("etablissement_formateur"),
  ...establishmentFields("etablissement_gestionnaire"),
  etablissement_reference_certifie_qualite: flag,
  lieu_formation_adresse: text,
  /** "latitude,longitude" in decimal degrees. */
  lieu_formation_geo_coordonnees: text,
  code_postal: text,
  code_commune_insee: text,
  localite: text,
  /** The training's contact email ("mail lieu de formation"), that of its latest session. */
  email: text,
  num_tel: text,
  objectif: text,
  contenu: text,
  /** Session starts and ends, parallel arrays of ISO dates or date-times. */
  date_debut: dates,
  date_fin: dates,
  published: flag,
});

export type CatalogueWireRecord = z.infer<typeof CatalogueWireRecordSchema>;

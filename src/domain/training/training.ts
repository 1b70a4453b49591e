import type { DiplomaLevel } from "../referential/nomenclatures.ts";
import type { Siret } from "../shared/siret.ts";

/** European level of the diploma a training prepares (BCN), "3" (CAP) … "7" (Master). */
export type TrainingDiplomaLevel = DiplomaLevel["level"];

/** An establishment block of a catalogue record: the formateur (where it is taught) or the gestionnaire (responsible). */
export type TrainingEstablishment = Readonly<{
  siret: Siret;
  /** Unité administrative immatriculée (education ministry code); null when the catalogue gives none. */
  uai: string | null;
  /** Raison sociale (the catalogue copies it from INSEE). */
  legalName: string;
  address: Readonly<{ street: string; postcode: string | null; city: string | null; insee: string | null }>;
  /** The establishment's email in the catalogue; null when none. */
  email: string | null;
  website: string | null;
}>;

/** One session (rentrée) of a training: calendar days, `YYYY-MM-DD`. */
export type TrainingSession = Readonly<{ start: string; end: string | null }>;

/** Where the training is given (lieu de formation): the catalogue's address and coordinates. */
export type TrainingPlace = Readonly<{
  street: string | null;
  postcode: string | null;
  city: string | null;
  insee: string | null;
  latitude: number;
  longitude: number;
}>;

/**
 * A published apprenticeship training of the national catalogue (Réseau des Carif-Oref), as one import keeps it.
 * Provenance (docs/PRODUCT.md §4): title and level ← BCN; legal names ← INSEE; the rest ← Carif-Oref.
 */
export type CatalogueTraining = Readonly<{
  /** The catalogue's own key (cle_ministere_educatif): the training's id derives from it. */
  catalogueKey: string;
  /** Long title (intitule_long, BCN). */
  title: string;
  diplomaLevel: TrainingDiplomaLevel | null;
  /** Code formation diplôme (BCN), 8 characters; null when unknown. */
  cfd: string | null;
  /** RNCP code, e.g. "RNCP38362"; null when unknown. */
  rncp: string | null;
  romeCodes: readonly string[];
  formateur: TrainingEstablishment;
  gestionnaire: TrainingEstablishment;
  /** The reference establishment is Qualiopi-certified (etablissement_reference_certifie_qualite). */
  qualiopi: boolean;
  place: TrainingPlace | null;
  /** The responsible organisation's phone (num_tel), E.164 or as given; null when none. */
  phone: string | null;
  /** The latest session's contact email (the catalogue's `email`, "mail lieu de formation"); null when none. */
  sessionEmail: string | null;
  objectives: string | null;
  sessions: readonly TrainingSession[];
}>;

/** A stored training: the catalogue's record with its stable id. */
export type Training = CatalogueTraining & Readonly<{ id: string; updatedAt: Date }>;

/** Where each shown field comes from (GET /trainings/{id} `sources`). */
export const TRAINING_FIELD_SOURCES = {
  title: "BCN",
  diplomaLevel: "BCN",
  establishmentName: "INSEE",
  address: "Carif-Oref",
  phone: "Carif-Oref",
  website: "Carif-Oref",
  objectives: "Carif-Oref",
  sessions: "Carif-Oref",
} as const;

/**
 * The training's id: the catalogue key in base64url (stable across imports, URL-safe, reversible, opaque).
 * Pure: no platform API (works on Node and Deno).
 */
export function trainingIdOf(catalogueKey: string): string {
  const bytes = new TextEncoder().encode(catalogueKey);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

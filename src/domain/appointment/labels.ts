import type { AppointmentPlatform } from "./platform.ts";
import type { ApplicantType, AppointmentReason } from "./request.ts";

/** How each reason reads in French, in emails to the CFA, on its answer page and in the candidate’s copy. */
export const REASON_LABELS: Readonly<Record<AppointmentReason, string>> = {
  modalites: "Modalités d’inscription",
  contenu: "Contenu de la formation",
  portes_ouvertes: "Journées portes ouvertes",
  frais: "Frais de formation",
  places: "Places disponibles",
  horaires: "Horaires et calendrier",
  alternance: "Rythme de l’alternance",
  accompagnement: "Aide pour trouver une entreprise",
  lieu: "Lieu de la formation",
  suivi: "Suivi pendant la formation",
  debouches: "Débouchés et poursuite d’études",
  autre: "Autre question",
};

/** The site a candidate came from, as the CFA reads it. */
export const PLATFORM_NAMES: Readonly<Record<AppointmentPlatform, string>> = {
  lba: "La bonne alternance",
  onisep: "l’ONISEP",
  parcoursup: "Parcoursup",
};

export const APPLICANT_LABELS: Readonly<Record<ApplicantType, string>> = {
  student: "Candidat",
  parent: "Parent d’un candidat",
};

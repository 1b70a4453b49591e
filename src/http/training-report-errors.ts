import type { TrainingReportRefusal } from "../application/training/training-reports.ts";
import { RESOLUTION_NOTE_MAX_LENGTH, type TrainingReportInvalid } from "../domain/training/training-report.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { recruiterCatalogue } from "./recruiter-errors.ts";
import { refusalResponder } from "./refusals.ts";

const PLACE_REQUIRED = "Indiquez le lieu de la formation : son code commune INSEE ou, à défaut, son code postal.";

/** What to fix, by field and reason (the FAQ's wording of each field). */
function invalidDetail(e: TrainingReportInvalid): string {
  switch (e.path) {
    case "rncp":
      return "Le code RNCP s’écrit « RNCP » suivi du numéro de la certification (par exemple RNCP34567), tel qu’il figure sur sa fiche France compétences.";
    case "cfd":
      return "Le code diplôme (CFD) compte 8 caractères, lettres ou chiffres (par exemple 50022137).";
    case "period":
      if (e.reason === "too_early")
        return "La période d’inscription ne peut pas être antérieure à 2000 : vérifiez l’année.";
      if (e.reason === "too_late")
        return "La période d’inscription est à plus de deux ans d’aujourd’hui : vérifiez l’année saisie.";
      return "La période d’inscription s’écrit AAAA-MM, comme dans le catalogue Carif-Oref (par exemple 2026-09).";
    case "insee":
      return "Le code commune INSEE compte 5 caractères (par exemple 69123, ou 2A004 en Corse) : ce n’est pas le code postal.";
    case "postcode":
      return "Le code postal compte 5 chiffres (par exemple 69003).";
    case "place":
      return e.reason === "both"
        ? "Indiquez soit le code commune INSEE, soit le code postal du lieu de la formation, mais pas les deux."
        : PLACE_REQUIRED;
    case "message":
      return `Le message au déclarant ne doit pas dépasser ${RESOLUTION_NOTE_MAX_LENGTH} caractères.`;
  }
}

/**
 * Status and French wording of the training-report refusals, merged by the integrator into the training module's
 * catalogue. SIRET_INVALID, EMAIL_MALFORMED and ADMIN_ONLY keep their owners' presentation (trainingReportProblem).
 */
export const trainingReportCatalogue = {
  TRAINING_REPORT_INVALID: {
    status: 400,
    title: "Signalement incomplet ou mal saisi",
    detail: invalidDetail,
    // The place is two fields, only one of which is given: point at both.
    errors: (e) =>
      e.path === "place"
        ? ["insee", "postcode"].map((path) => ({ path, message: invalidDetail(e) }))
        : [{ path: e.path, message: invalidDetail(e) }],
  },
  PLACE_UNKNOWN: {
    status: 400,
    title: "Lieu inconnu",
    detail: (e) =>
      e.path === "insee"
        ? `Aucune commune n’a le code INSEE ${e.value} : vérifiez-le, ou indiquez plutôt le code postal du lieu de la formation.`
        : `Aucune commune n’a le code postal ${e.value} : vérifiez-le, ou indiquez plutôt le code commune INSEE du lieu de la formation.`,
  },
  TRAINING_REPORT_NOT_FOUND: {
    status: 404,
    title: "Signalement introuvable",
    detail: () => "Aucun signalement de formation absente ne correspond à cet identifiant.",
  },
  TRAINING_REPORT_ALREADY_RESOLVED: {
    status: 409,
    title: "Signalement déjà résolu",
    detail: () => "Ce signalement est déjà marqué comme résolu : son auteur en a été informé par e-mail.",
  },
} satisfies Catalogue<TrainingReportRefusal>;

/** problem+json for the training-report routes: their refusals, and the SIRET and support ones as their owners say. */
export const trainingReportProblem = refusalResponder({
  ...identityCatalogue,
  ...recruiterCatalogue,
  ...trainingReportCatalogue,
});

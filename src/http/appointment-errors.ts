import type { AppointmentRefusal } from "../application/appointment/index.ts";
import { frenchDate } from "../domain/shared/french-date.ts";
import { frenchCount } from "../domain/shared/french-plural.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";
import { trainingCatalogue } from "./training-errors.ts";

const REQUEST_FIELDS = { firstName: "Le prénom", lastName: "Le nom", reasons: "Les sujets", message: "Le message" };

/** "3 jours et 4 heures", "2 heures", "5 minutes": what is left before a new request may be sent. */
function waitLeft(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  if (days > 0)
    return hours > 0 ? `${frenchCount(days, "jour")} et ${frenchCount(hours, "heure")}` : frenchCount(days, "jour");
  if (hours > 0) return frenchCount(hours, "heure");
  return frenchCount(Math.max(1, Math.ceil(seconds / 60)), "minute");
}

/** Status and French wording of the appointment refusals (others come from identity, training and the kernel). */
export const appointmentCatalogue = {
  ESTABLISHMENT_NOT_IN_CATALOGUE: {
    status: 404,
    title: "Établissement absent du catalogue",
    detail: (e) =>
      `Aucune formation en apprentissage du catalogue n'est dispensée par l'établissement de SIRET ${e.siret}.`,
  },
  APPOINTMENT_UNAVAILABLE: {
    status: 409,
    title: "Prise de rendez-vous indisponible",
    detail: (e) =>
      e.reason === "no_contact_email"
        ? "Ce centre de formation n'a pas encore indiqué d'adresse pour recevoir les demandes de rendez-vous. Contactez-le par téléphone ou depuis son site."
        : "Ce centre de formation ne reçoit pas de demandes de rendez-vous depuis ce site pour cette formation. Contactez-le par téléphone ou depuis son site.",
  },
  ALREADY_ANSWERED: {
    status: 409,
    title: "Demande déjà traitée",
    detail: (e) =>
      `Une réponse a déjà été enregistrée pour cette demande le ${frenchDate(e.answeredAt)} : elle ne peut pas être modifiée.`,
  },
  DUPLICATE_REQUEST: {
    status: 429,
    title: "Demande déjà envoyée",
    detail: (e) =>
      `Vous avez déjà demandé un rendez-vous pour cette formation il y a moins de 4 jours : le centre de formation va vous recontacter. Vous pourrez renouveler votre demande dans ${waitLeft(e.retryAfterSeconds)}.`,
    headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) }),
  },
  NO_RECIPIENT_EMAIL: {
    status: 422,
    title: "Aucune adresse pour l'établissement",
    detail: () =>
      "Ni le support ni le catalogue n'indiquent d'adresse e-mail pour cet établissement : renseignez d'abord contactEmail dans ses réglages de prise de rendez-vous.",
  },
  APPOINTMENT_REQUEST_INVALID: {
    status: 400,
    title: "Demande incomplète",
    detail: (e) =>
      e.problem === "required"
        ? `${REQUEST_FIELDS[e.path]} ${e.path === "reasons" ? "sont obligatoires : choisissez-en au moins un" : "est obligatoire"}.`
        : e.problem === "too_long"
          ? `${REQUEST_FIELDS[e.path]} est trop long.`
          : e.problem === "duplicate"
            ? "Chaque sujet ne peut être choisi qu'une fois."
            : "Un des sujets choisis n'existe pas.",
  },
  ANSWER_INVALID: {
    status: 400,
    title: "Réponse incomplète",
    detail: (e) =>
      e.path === "intention"
        ? "Choisissez l'une des trois réponses proposées."
        : e.problem === "required"
          ? "Écrivez le message à transmettre au candidat."
          : "Le message est trop long (5 000 caractères au plus).",
  },
} satisfies Catalogue<
  Exclude<
    AppointmentRefusal,
    { code: "ADMIN_ONLY" | "LINK_INVALID" | "EMAIL_MALFORMED" | "DISPOSABLE_EMAIL" | "TRAINING_NOT_FOUND" }
  >
>;

/**
 * problem+json for the appointment routes and pages: ADMIN_ONLY is identity's, TRAINING_NOT_FOUND the training
 * context's (each code is presented by one catalogue only).
 */
export const appointmentProblem = refusalResponder({
  ...identityCatalogue,
  ...trainingCatalogue,
  ...appointmentCatalogue,
});

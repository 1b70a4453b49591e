import type { JobApplicationRefusal } from "../application/job-application/index.ts";
import { frenchCount } from "../domain/shared/french-plural.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

const TARGET_NAMES = { offer: "Cette offre", partner_offer: "Cette offre France Travail", company: "Cette entreprise" };

const PIPELINE_LABELS = {
  new: "nouvelle",
  seen: "vue",
  interview: "entretien",
  hired: "recrutée",
  refused: "refusée",
} as const;

/** "dans 3 heures", "dans 12 minutes": when the quota lets the candidate apply again. */
function whenAgain(seconds: number): string {
  if (seconds >= 3_600) return `dans ${frenchCount(Math.ceil(seconds / 3_600), "heure")}`;
  return `dans ${frenchCount(Math.max(1, Math.ceil(seconds / 60)), "minute")}`;
}

/** Status and French wording of the applications' refusals (LINK_INVALID, EMAIL_MALFORMED, DISPOSABLE_EMAIL: shared). */
export const jobApplicationCatalogue = {
  TARGET_NOT_FOUND: {
    status: 404,
    title: "Destinataire introuvable",
    detail: (e) =>
      `${TARGET_NAMES[e.kind]} n'existe pas ou n'est plus visible sur La bonne alternance : relancez votre recherche.`,
  },
  OFFER_CLOSED: {
    status: 409,
    title: "Offre clôturée",
    detail: () =>
      "Cette offre n'accepte plus de candidatures : elle a été pourvue, retirée ou a expiré. D'autres offres vous attendent dans les résultats de recherche.",
  },
  NO_CONTACT_EMAIL: {
    status: 422,
    title: "Candidature impossible depuis ce site",
    detail: (e) =>
      `${TARGET_NAMES[e.kind]} ne nous a pas donné d'adresse e-mail : contactez-la directement (téléphone, site ou offre d'origine).`,
  },
  CV_TOO_LARGE: {
    status: 413,
    title: "CV trop volumineux",
    detail: (e) =>
      `Votre CV dépasse la taille autorisée (${Math.floor(e.limit / (1024 * 1024))} Mo au plus) : enregistrez-le en PDF plus léger et réessayez.`,
    errors: (e) => [{ path: "cv", message: `Le CV doit faire ${Math.floor(e.limit / (1024 * 1024))} Mo au plus.` }],
  },
  CV_TYPE_NOT_ALLOWED: {
    status: 422,
    title: "Format de CV non accepté",
    detail: (e) =>
      e.detected === null
        ? "Votre CV doit être un fichier PDF ou Word (.docx) : ce fichier n'en est pas un."
        : `Le nom du fichier ne correspond pas à son contenu (un fichier ${e.detected === "pdf" ? "PDF doit finir par .pdf" : "Word doit finir par .docx"}) : renommez-le et réessayez.`,
    errors: () => [{ path: "cv", message: "Le CV doit être un fichier PDF ou Word (.docx)." }],
  },
  CV_INFECTED: {
    status: 422,
    title: "CV refusé par l'antivirus",
    detail: () =>
      "Notre antivirus a détecté une menace dans votre CV : il n'a pas été transmis. Analysez votre ordinateur, enregistrez à nouveau votre CV et réessayez.",
    errors: () => [{ path: "cv", message: "Ce fichier contient une menace : il n'a pas été transmis." }],
  },
  QUOTA_EXCEEDED: {
    status: 429,
    title: "Trop de candidatures",
    detail: (e) =>
      e.scope === "target"
        ? `Vous avez déjà envoyé ${frenchCount(e.limit, "candidature")} à ce destinataire ces dernières 24 heures. Vous pourrez recommencer ${whenAgain(e.retryAfterSeconds)}.`
        : `Vous avez envoyé ${frenchCount(e.limit, "candidature")} ces dernières 24 heures, le maximum. Vous pourrez recommencer ${whenAgain(e.retryAfterSeconds)}.`,
    headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) }),
  },
  APPLICATION_NOT_FOUND: {
    status: 404,
    title: "Candidature introuvable",
    detail: () =>
      "Aucune candidature ne correspond : l'offre ou la candidature n'existe pas, ou n'appartient pas à votre structure.",
  },
  STATUS_TRANSITION_REFUSED: {
    status: 409,
    title: "Changement de statut impossible",
    detail: (e) =>
      `Une candidature au statut « ${PIPELINE_LABELS[e.from]} » ne peut pas passer au statut « ${PIPELINE_LABELS[e.to]} ».`,
  },
  NOTES_TOO_LONG: {
    status: 400,
    title: "Notes trop longues",
    detail: (e) => `Les notes font ${e.limit.toLocaleString("fr-FR")} caractères au plus.`,
    errors: (e) => [{ path: "notes", message: `${e.limit.toLocaleString("fr-FR")} caractères au plus.` }],
  },
  CV_NOT_FOUND: {
    status: 404,
    title: "CV indisponible",
    detail: () => "Ce CV n'est plus disponible : les CV sont supprimés 90 jours après l'envoi de la candidature.",
  },
} satisfies Catalogue<
  Exclude<JobApplicationRefusal, { code: "LINK_INVALID" | "EMAIL_MALFORMED" | "DISPOSABLE_EMAIL" }>
>;

/** problem+json for the applications' routes. */
export const jobApplicationProblem = refusalResponder(jobApplicationCatalogue);

import type { OfferRefusal } from "../application/offer/index.ts";
import { frenchDate } from "../domain/shared/french-date.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** Status and French wording of the offer refusals (merged into the one catalogue of domain-errors.ts). */
export const offerCatalogue = {
  OFFER_NOT_FOUND: {
    status: 404,
    title: "Offre introuvable",
    detail: () => "Cette offre n'existe pas, ou elle ne fait pas partie des offres de votre organisation.",
  },
  OFFER_CLOSED: {
    status: 409,
    title: "Offre clôturée",
    detail: (e) =>
      e.status === "filled"
        ? "Cette offre est pourvue : elle ne peut plus être modifiée ni prolongée. Publiez une nouvelle offre si vous recrutez à nouveau."
        : "Cette offre a été supprimée : elle ne peut plus être modifiée ni prolongée. Publiez une nouvelle offre si vous recrutez à nouveau.",
  },
  OFFER_EXPIRED: {
    status: 409,
    title: "Offre expirée",
    detail: () =>
      "Cette offre a expiré : prolongez-la d'abord pour la remettre en ligne, puis modifiez-la si nécessaire.",
  },
  PARTNER_INVALID: {
    status: 422,
    title: "Entreprise partenaire invalide",
    detail: (e) =>
      e.reason === "company"
        ? "Seul un CFA publie pour une entreprise partenaire : retirez le champ partnerSiret, votre offre est publiée pour votre entreprise."
        : e.reason === "required"
          ? "Un CFA publie toujours pour l'une de ses entreprises partenaires : indiquez son SIRET (partnerSiret)."
          : "Cette entreprise ne fait pas partie de vos entreprises partenaires : ajoutez-la d'abord à vos partenaires, puis publiez l'offre.",
  },
  ADDRESS_NOT_FOUND: {
    status: 422,
    title: "Adresse introuvable",
    detail: () =>
      "Nous ne trouvons pas cette adresse. Vérifiez-la (numéro, rue, code postal et commune), ou laissez le champ vide pour utiliser l'adresse de l'établissement.",
  },
  CFA_NOT_NEARBY: {
    status: 422,
    title: "Centre de formation non proposé",
    detail: (e) =>
      `Ces établissements ne font pas partie des centres de formation proposés pour cette offre : ${e.sirets.join(", ")}. Choisissez-les dans la liste des centres proches.`,
  },
  OFFER_NOT_ACTIVE: {
    status: 409,
    title: "Offre hors ligne",
    detail: () => "Seule une offre en ligne peut être transmise à des centres de formation : prolongez-la d'abord.",
  },
  CONTRACT_TYPE_REQUIRED: {
    status: 400,
    title: "Type de contrat manquant",
    detail: () => "Choisissez au moins un type de contrat : apprentissage ou professionnalisation.",
  },
  CONTRACT_TYPE_DUPLICATE: {
    status: 400,
    title: "Type de contrat en double",
    detail: (e) => `Le type de contrat « ${e.contractType} » est indiqué deux fois.`,
  },
  START_DATE_MALFORMED: {
    status: 400,
    title: "Date de début invalide",
    detail: () => "La date de début doit être une date réelle au format AAAA-MM-JJ.",
  },
  START_DATE_IN_PAST: {
    status: 400,
    title: "Date de début passée",
    detail: (e) => `La date de début ne peut pas être antérieure à aujourd'hui (${frenchDate(e.earliest)}).`,
  },
  START_DATE_TOO_FAR: {
    status: 400,
    title: "Date de début trop lointaine",
    detail: (e) =>
      `La date de début doit être au plus tard le ${frenchDate(e.latest)} (deux ans à partir d'aujourd'hui).`,
  },
  DURATION_OUT_OF_RANGE: {
    status: 400,
    title: "Durée du contrat invalide",
    detail: (e) => `La durée du contrat doit être comprise entre ${e.min} et ${e.max} mois.`,
  },
  OPENINGS_OUT_OF_RANGE: {
    status: 400,
    title: "Nombre de postes invalide",
    detail: (e) => `Le nombre de postes doit être compris entre ${e.min} et ${e.max}.`,
  },
  EMPLOYER_DESCRIPTION_TOO_LONG: {
    status: 400,
    title: "Description trop longue",
    detail: (e) => `La description de l'entreprise compte ${e.length} caractères ; le maximum est ${e.max}.`,
  },
  DESCRIPTION_REQUIRED: {
    status: 400,
    title: "Description manquante",
    detail: () => "La description de l'offre ne peut pas être vide.",
  },
  DESCRIPTION_TOO_LONG: {
    status: 400,
    title: "Description trop longue",
    detail: (e) => `La description de l'offre compte ${e.length} caractères ; le maximum est ${e.max}.`,
  },
  CLOSE_REASON_REQUIRED: {
    status: 400,
    title: "Motif manquant",
    detail: () => "Indiquez pourquoi vous supprimez cette offre (motif obligatoire).",
  },
  CLOSE_REASON_DETAIL_REQUIRED: {
    status: 400,
    title: "Précision manquante",
    detail: () => "Vous avez choisi « Autre raison » : précisez-la en quelques mots.",
  },
  CLOSE_REASON_DETAIL_TOO_LONG: {
    status: 400,
    title: "Précision trop longue",
    detail: (e) => `La précision compte ${e.length} caractères ; le maximum est ${e.max}.`,
  },
} satisfies Catalogue<Exclude<OfferRefusal, { code: "ROME_UNKNOWN" }>>;

/** problem+json for the offer routes and pages (ROME_UNKNOWN comes from the shared kernel). */
export const offerProblem = refusalResponder({
  ...identityCatalogue,
  ...offerCatalogue,
});

import type { IdentityRefusal } from "../application/identity/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

const SUPPORT = "labonnealternance@apprentissage.beta.gouv.fr";

/** Status and French wording of the identity refusals (merged into the one catalogue of domain-errors.ts). */
export const identityCatalogue = {
  UNAUTHENTICATED: {
    status: 401,
    title: "Connexion requise",
    detail: () =>
      "Vous n'êtes pas connecté ou votre session a pris fin. Demandez un lien de connexion avec votre adresse e-mail.",
    headers: () => ({ "WWW-Authenticate": 'Bearer realm="la-bonne-alternance"' }),
  },
  ACCOUNT_EXISTS: {
    status: 409,
    title: "Compte déjà existant",
    detail: () =>
      "Un compte existe déjà pour ce SIRET. Connectez-vous avec l'adresse e-mail utilisée à l'inscription, ou demandez à un membre de ce compte de vous inviter.",
  },
  ACCOUNT_DISABLED: {
    status: 403,
    title: "Compte désactivé",
    detail: () =>
      `Ce compte a été désactivé par l'équipe de La bonne alternance. Pour en savoir plus, écrivez à ${SUPPORT}.`,
  },
  ORGANISATION_REQUIRED: {
    status: 400,
    title: "Organisation à préciser",
    detail: (e) =>
      `Vous êtes membre de ${e.organisationCount} organisations : indiquez celle pour laquelle vous agissez avec l'en-tête X-Organisation-Id.`,
  },
  NOT_A_MEMBER: {
    status: 403,
    title: "Accès refusé",
    detail: (e) =>
      e.organisationId === null
        ? "Vous n'êtes membre d'aucune organisation active."
        : "Vous n'êtes pas membre de cette organisation.",
  },
  ADMIN_ONLY: {
    status: 403,
    title: "Réservé au support",
    detail: () => "Cette action est réservée à l'équipe support de La bonne alternance.",
  },
  ORGANISATION_NOT_FOUND: {
    status: 404,
    title: "Organisation introuvable",
    detail: () => "Aucune organisation ne correspond à cet identifiant.",
  },
  ORGANISATION_NOT_ACTIVE: {
    status: 409,
    title: "Organisation inactive",
    detail: (e) =>
      e.status === "disabled"
        ? "Cette organisation est déjà désactivée."
        : "Cette organisation est fermée : plus aucun membre n'y appartient.",
  },
  MEMBER_NOT_FOUND: {
    status: 404,
    title: "Membre introuvable",
    detail: () => "Cette personne n'est pas membre de cette organisation.",
  },
  ALREADY_MEMBER: {
    status: 409,
    title: "Déjà membre",
    detail: () => "Cette personne est déjà membre de cette organisation.",
  },
} satisfies Catalogue<IdentityRefusal>;

/** problem+json for the identity routes and pages. */
export const identityProblem = refusalResponder<IdentityRefusal>(identityCatalogue);

import type { IdentityRefusal } from "../application/identity/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

const SUPPORT = "labonnealternance@apprentissage.beta.gouv.fr";

/** Where a sign-up refused with ACCOUNT_EXISTS may ask to join instead (docs/API.md "Sign-up"). */
const JOIN_REQUESTS_PATH = "/api/v1/join-requests";
const JOIN_REQUEST_RELATION = "https://labonnealternance.local/rels/join-request";

/** Status and French wording of the identity refusals (merged into the one catalogue of domain-errors.ts). */
export const identityCatalogue = {
  UNAUTHENTICATED: {
    status: 401,
    title: "Connexion requise",
    detail: () =>
      "Vous n'êtes pas connecté ou votre session a pris fin. Demandez un lien de connexion avec votre adresse e-mail.",
    headers: () => ({ "WWW-Authenticate": 'Bearer realm="la-bonne-alternance"' }),
  },
  // docs/adr/0015: a joinable account points to the join-request route in a `Link` header (RFC 8288).
  ACCOUNT_EXISTS: {
    status: 409,
    title: "Compte déjà existant",
    detail: (e) =>
      e.joinable
        ? "Un compte existe déjà pour ce SIRET. Connectez-vous avec l'adresse e-mail utilisée à l'inscription, ou demandez à rejoindre ce compte : ses administrateurs recevront votre demande par e-mail."
        : "Un compte existe déjà pour ce SIRET, mais il a été désactivé par l'équipe de La bonne alternance. Pour en savoir plus, écrivez à labonnealternance@apprentissage.beta.gouv.fr.",
    headers: (e): Record<string, string> =>
      e.joinable ? { Link: `<${JOIN_REQUESTS_PATH}>; rel="${JOIN_REQUEST_RELATION}"` } : {},
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
        : e.status === "pending"
          ? "Cette inscription n'est pas encore confirmée : son premier membre n'a pas encore utilisé son lien de connexion."
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
  ORGANISATION_ADMIN_ONLY: {
    status: 403,
    title: "Réservé aux administrateurs",
    detail: () =>
      "Seuls les administrateurs de cette organisation peuvent inviter, retirer un autre membre ou changer les rôles. Demandez à l'un d'eux.",
  },
  LAST_ADMIN: {
    status: 409,
    title: "Dernier administrateur",
    detail: (e) =>
      `Vous êtes le dernier administrateur ${e.organisationNames.length > 1 ? "des organisations" : "de l'organisation"} ${e.organisationNames.map((name) => `« ${name} »`).join(", ")}, qui ${e.organisationNames.length > 1 ? "ont" : "a"} d'autres membres : nommez d'abord un autre administrateur, puis réessayez.`,
  },
  NO_ACCOUNT_TO_JOIN: {
    status: 404,
    title: "Aucun compte à rejoindre",
    detail: () =>
      "Aucun compte actif n'existe pour ce SIRET : vous pouvez créer le compte de cet établissement vous-même.",
  },
} satisfies Catalogue<IdentityRefusal>;

/** problem+json for the identity routes and pages. */
export const identityProblem = refusalResponder(identityCatalogue);

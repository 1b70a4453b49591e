import type { CfaMandateRefusal } from "../application/cfa-mandate/index.ts";
import type { CompanyRefusal, SiretUnknown } from "../application/recruiter/index.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { recruiterCatalogue } from "./recruiter-errors.ts";
import { refusalResponder } from "./refusals.ts";

/** INSEE's service to change one's diffusion status in the Sirene register. */
const DIFFUSION_STATUS_URL = "https://statut-diffusion-sirene.insee.fr";
/** France Travail's service to publish an offer (FAQ "Mon inscription est bloquée"). */
const FRANCE_TRAVAIL_PUBLISH_URL = "https://entreprise.francetravail.fr";

/** Why the contact must be the company's own (FAQ "Gérer mes entreprises partenaires"). */
const MANDATE_REASON =
  "Le mandat exprime le besoin en recrutement de l'entreprise elle-même : renseignez la personne qui suit le recrutement dans l'entreprise partenaire. Ses coordonnées ne sont pas affichées sur vos offres : pour préserver l'anonymat de l'entreprise, les candidats voient celles du CFA et toutes les candidatures vous sont adressées.";

const CONTACT_FIELD = {
  phone: "Le numéro de téléphone saisi est le vôtre",
  email: "L'adresse e-mail saisie est la vôtre",
  emailDomain: "L'adresse e-mail saisie appartient au domaine de messagerie de votre CFA",
} as const;

/** Status and French wording of the CFA-mandate refusals (merged into the one catalogue of domain-errors.ts). */
export const cfaMandateCatalogue = {
  CFA_ONLY: {
    status: 403,
    title: "Réservé aux organismes de formation",
    detail: () =>
      "Les entreprises partenaires sont réservées aux comptes CFA (organismes de formation). Un compte entreprise publie directement ses propres offres ; si vous êtes aussi membre d'un CFA, indiquez-le avec l'en-tête X-Organisation-Id.",
  },
  PARTNER_EXISTS: {
    status: 409,
    title: "Entreprise déjà partenaire",
    detail: (e) =>
      `L'entreprise de SIRET ${e.siret} fait déjà partie de vos entreprises partenaires : vous pouvez déposer des offres pour son compte depuis votre espace.`,
  },
  CONTACT_SAME_AS_CFA: {
    status: 422,
    title: "Coordonnées du contact à corriger",
    detail: (e) => `${CONTACT_FIELD[e.field]}. ${MANDATE_REASON}`,
  },
} satisfies Catalogue<CfaMandateRefusal>;

type PartnerEstablishmentRefusal = SiretUnknown | CompanyRefusal;

/**
 * The establishment refusals worded for a CFA adding a partner, not for a company signing itself up ("créez un
 * compte CFA" would make no sense here). Same codes and statuses as recruiterCatalogue; used by the partner routes
 * only (`cfaMandateProblem` below).
 */
const partnerEstablishmentCatalogue = {
  SIRET_UNKNOWN: {
    status: recruiterCatalogue.SIRET_UNKNOWN.status,
    title: recruiterCatalogue.SIRET_UNKNOWN.title,
    detail: () =>
      "Aucun établissement ne correspond à ce SIRET dans le répertoire Sirene de l'INSEE. Vérifiez le SIRET de l'entreprise partenaire ; si elle vient d'être créée, elle n'est peut-être pas encore référencée : réessayez dans quelques jours.",
  },
  ESTABLISHMENT_NON_DIFFUSIBLE: {
    status: recruiterCatalogue.ESTABLISHMENT_NON_DIFFUSIBLE.status,
    title: recruiterCatalogue.ESTABLISHMENT_NON_DIFFUSIBLE.title,
    detail: () =>
      `Les informations légales de cette entreprise ne sont pas diffusées par l'INSEE (diffusion partielle au répertoire Sirene) : nous ne pouvons pas l'ajouter. L'entreprise peut les rendre diffusibles auprès de l'INSEE (${DIFFUSION_STATUS_URL}), puis vous réessaierez.`,
  },
  ESTABLISHMENT_CLOSED: {
    status: recruiterCatalogue.ESTABLISHMENT_CLOSED.status,
    title: recruiterCatalogue.ESTABLISHMENT_CLOSED.title,
    detail: () =>
      "Cet établissement est fermé selon le répertoire Sirene de l'INSEE. Vérifiez le SIRET saisi : il doit être celui de l'établissement en activité où l'alternant travaillera.",
  },
  EDUCATION_NAF: {
    status: recruiterCatalogue.EDUCATION_NAF.status,
    title: recruiterCatalogue.EDUCATION_NAF.title,
    detail: (e) =>
      `Le code NAF de cet établissement (${e.nafCode}) correspond à une activité de formation ou d'enseignement : il ne peut pas être ajouté comme entreprise partenaire. S'il s'agit d'un organisme de formation, il peut créer son propre compte CFA ; il peut aussi publier ses offres avec le service de France Travail (${FRANCE_TRAVAIL_PUBLISH_URL}).`,
  },
} satisfies Catalogue<PartnerEstablishmentRefusal>;

/**
 * problem+json for the CFA-partner routes: the partner's establishment in the partner's wording (it overrides the
 * recruiter's, same codes and statuses), everything else as identity, the recruiter and the mandate present it.
 */
export const cfaMandateProblem = refusalResponder({
  ...identityCatalogue,
  ...recruiterCatalogue,
  ...cfaMandateCatalogue,
  ...partnerEstablishmentCatalogue,
});

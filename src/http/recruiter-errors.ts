import type { RecruiterRefusal } from "../application/recruiter/index.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** INSEE's service to change one's diffusion status in the Sirene register. */
const DIFFUSION_STATUS_URL = "https://statut-diffusion-sirene.insee.fr";
/** The Carif-Oref network's page to reference a training offer (FAQ "Comment inscrire mon CFA ?"). */
const CARIF_OREF_REFERENCING_URL = "https://reseau.intercariforef.org/referencer-son-offre-de-formation";
/** France Travail's service to publish an offer (FAQ "Mon inscription est bloquée"). */
const FRANCE_TRAVAIL_PUBLISH_URL = "https://entreprise.francetravail.fr";

/** Status and French wording of the recruiter refusals (merged into the one catalogue of domain-errors.ts). */
export const recruiterCatalogue = {
  SIRET_INVALID: {
    status: 400,
    title: "Numéro SIRET invalide",
    detail: (e) =>
      e.reason === "format"
        ? "Le numéro SIRET doit compter exactement 14 chiffres (les 9 chiffres du SIREN suivis des 5 chiffres de l'établissement), sans lettre ni ponctuation. Vérifiez votre saisie ; votre SIRET figure sur l'annuaire des entreprises."
        : "Ce numéro SIRET n'existe pas : ses 14 chiffres ne sont pas cohérents (la clé de contrôle ne correspond pas). Un chiffre a probablement été mal saisi : vérifiez votre SIRET sur l'annuaire des entreprises.",
  },
  SIRET_UNKNOWN: {
    status: 404,
    title: "SIRET introuvable",
    detail: () =>
      "Aucun établissement ne correspond à ce SIRET dans le répertoire Sirene de l'INSEE. Vérifiez votre saisie ; si votre entreprise vient d'être créée, elle n'est peut-être pas encore référencée : réessayez dans quelques jours.",
  },
  ESTABLISHMENT_NON_DIFFUSIBLE: {
    status: 422,
    title: "Informations non diffusibles",
    detail: () =>
      `Les informations légales de cet établissement ne sont pas diffusées par l'INSEE (diffusion partielle au répertoire Sirene) : nous ne pouvons pas les récupérer. Pour utiliser le service, rendez-les diffusibles auprès de l'INSEE (${DIFFUSION_STATUS_URL}), puis réessayez.`,
  },
  ESTABLISHMENT_CLOSED: {
    status: 422,
    title: "Établissement fermé",
    detail: () =>
      "Cet établissement est fermé selon le répertoire Sirene de l'INSEE. Vérifiez le SIRET saisi : il doit être celui d'un établissement en activité.",
  },
  EDUCATION_NAF: {
    status: 422,
    title: "Activité de formation",
    detail: (e) =>
      `Le code NAF de votre établissement (${e.nafCode}) correspond à une activité de formation ou d'enseignement : vous pouvez uniquement créer un compte CFA (organisme de formation). Pour diffuser une offre d'emploi, vous pouvez aussi utiliser le service de France Travail.`,
  },
  CFA_NOT_IN_CATALOGUE: {
    status: 422,
    title: "Établissement absent du catalogue de l'apprentissage",
    detail: () =>
      `Ce SIRET ne figure pas comme organisme formateur dans le catalogue des offres de formation en apprentissage. Vérifiez qu'il s'agit bien du SIRET formateur (il est indiqué dans le détail de vos formations au catalogue) ; sinon, référencez vos formations auprès du Carif-Oref de votre région (${CARIF_OREF_REFERENCING_URL}). En attendant, vous pouvez publier vos offres avec le service de France Travail (${FRANCE_TRAVAIL_PUBLISH_URL}).`,
  },
  CFA_NOT_QUALIOPI: {
    status: 422,
    title: "Certification Qualiopi manquante",
    detail: () =>
      `Cet organisme figure au catalogue de l'apprentissage mais n'est pas certifié Qualiopi : seuls les organismes certifiés Qualiopi peuvent créer un compte CFA. Une fois la certification obtenue et connue du catalogue, réessayez ; en attendant, vous pouvez publier vos offres avec le service de France Travail (${FRANCE_TRAVAIL_PUBLISH_URL}).`,
  },
  OPCO_UNKNOWN: {
    status: 400,
    title: "OPCO inconnu",
    detail: (e) =>
      `« ${e.opco} » n'est pas l'un des 11 OPCO. Choisissez-en un dans la liste proposée, ou laissez le champ vide si vous ne savez pas.`,
  },
} satisfies Catalogue<RecruiterRefusal>;

/** problem+json for the recruiter routes (sign-up also meets identity's refusals, e.g. ACCOUNT_EXISTS). */
export const recruiterProblem = refusalResponder({
  ...identityCatalogue,
  ...recruiterCatalogue,
});

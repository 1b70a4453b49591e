import type {
  CompanyNotFound,
  NoCompanyForEmail,
  SeveralCompanies,
  UpdateRequestAlreadyDecided,
  UpdateRequestNotFound,
} from "../application/hiring-company/index.ts";
import { identityCatalogue } from "./identity-errors.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** Status and French wording of the hiring-company refusals (docs/API.md "Other public writes"). */
export const hiringCompanyCatalogue = {
  COMPANY_NOT_FOUND: {
    status: 404,
    title: "Entreprise introuvable",
    detail: (e) =>
      `Aucune entreprise de la liste des candidatures spontanées n'a le SIRET ${e.siret} : elle n'y figure pas, ou plus.`,
  },
  NO_COMPANY_FOR_EMAIL: {
    status: 404,
    title: "Aucune entreprise pour cette adresse",
    detail: () =>
      "Aucune entreprise de la liste des candidatures spontanées n'a cette adresse e-mail de contact (ou pas pour les SIRET indiqués) : vérifiez l'adresse, ou contactez nos équipes.",
  },
  SEVERAL_COMPANIES: {
    status: 409,
    title: "Plusieurs entreprises pour cette adresse",
    detail: (e) =>
      `Cette adresse e-mail est celle de ${e.companies.length} entreprises : indiquez dans « sirets » celles à déréférencer.`,
    extensions: (e) => ({ companies: e.companies.map(({ siret, name, city }) => ({ siret, name, city })) }),
  },
  UPDATE_REQUEST_NOT_FOUND: {
    status: 404,
    title: "Demande introuvable",
    detail: () => "Aucune demande de modification des coordonnées ne correspond à cet identifiant.",
  },
  UPDATE_REQUEST_ALREADY_DECIDED: {
    status: 409,
    title: "Demande déjà traitée",
    detail: (e) =>
      `Cette demande a déjà été ${e.status === "approved" ? "acceptée" : "refusée"} : son auteur en a été informé par e-mail.`,
  },
} satisfies Catalogue<
  CompanyNotFound | NoCompanyForEmail | SeveralCompanies | UpdateRequestNotFound | UpdateRequestAlreadyDecided
>;

/** problem+json for the hiring-company routes (ADMIN_ONLY as identity presents it). */
export const hiringCompanyProblem = refusalResponder({ ...identityCatalogue, ...hiringCompanyCatalogue });

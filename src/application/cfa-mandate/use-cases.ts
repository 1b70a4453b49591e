import { displayNameOf, type EstablishmentShown } from "../recruiter/index.ts";
import { type AddPartnerDeps, addPartnerCompany } from "./add-partner-company.ts";
import { findPartnerOfCfa } from "./find-partner-of-cfa.ts";
import { listPartnerCompanies } from "./list-partner-companies.ts";

/** Every port the CFA-mandate use cases need: the production adapters or the in-memory fakes, same wiring. */
export type CfaMandateDeps = AddPartnerDeps;

/** The CFA-mandate use cases bound to their ports: what the HTTP layer calls. */
export function cfaMandateUseCases(deps: CfaMandateDeps) {
  return {
    addPartnerCompany: addPartnerCompany(deps),
    listPartnerCompanies: listPartnerCompanies(deps),
  };
}

export type CfaMandateUseCases = ReturnType<typeof cfaMandateUseCases>;

/** What the CFA-mandate context offers the others. */
export function cfaMandatePublishedApi(deps: Pick<CfaMandateDeps, "partnerCompanies">) {
  const findPartner = findPartnerOfCfa(deps);
  return {
    /** A CFA's partner company as offers show it (name, workplace, OPCO); null when it is not its partner. */
    partnerOf: async (cfaOrganisationId: string, siret: string): Promise<EstablishmentShown | null> => {
      const partner = await findPartner(cfaOrganisationId, siret);
      return partner && { siret: partner.siret, name: displayNameOf(partner), ...partner.address, opco: partner.opco };
    },
  };
}

export type CfaMandatePublishedApi = ReturnType<typeof cfaMandatePublishedApi>;

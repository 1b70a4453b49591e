import type { Siret } from "../../domain/shared/siret.ts";
import type { EstablishmentShown } from "../recruiter/index.ts";
import type { Commune } from "../referential/index.ts";
import type { OfferCompany, OfferPosters } from "./offer-context.ts";

/** What offers read of the other contexts, each through that context's published API. */
export type PosterSources = Readonly<{
  /** recruiter: the establishment an organisation signed up with. */
  establishmentOf: (organisationId: string) => Promise<EstablishmentShown | null>;
  /** cfa-mandate: a CFA's partner company. */
  partnerOf: (cfaOrganisationId: string, siret: string) => Promise<EstablishmentShown | null>;
  /** identity: an organisation's name, kind and SIRET. */
  organisationOf: (
    organisationId: string,
  ) => Promise<Readonly<{ name: string; kind: "company" | "cfa"; siret: string }> | null>;
  /** identity: a person's contact. */
  contactOf: (userId: string) => Promise<Readonly<{ phone: string | null }> | null>;
  /** referential: a commune by its INSEE code, to place a workplace at its centroid. */
  communeOf: (insee: string) => Promise<Commune | null>;
}>;

/** The OfferPosters port over the other contexts' published APIs. */
export function offerPostersFrom(sources: PosterSources): OfferPosters {
  const place = async (company: EstablishmentShown): Promise<OfferCompany> => {
    const commune = company.insee ? await sources.communeOf(company.insee) : null;
    const { street, postcode, city, insee } = company;
    const latitude = commune?.latitude ?? null;
    const longitude = commune?.longitude ?? null;
    const workplace = { street, postcode, city, insee, latitude, longitude };
    return { siret: company.siret as Siret, name: company.name, opco: company.opco, workplace };
  };
  return {
    async companyOf(organisationId) {
      const establishment = await sources.establishmentOf(organisationId);
      if (establishment) return place(establishment);
      // An organisation made without the sign-up (support, tests): its name and SIRET, no known address.
      const organisation = await sources.organisationOf(organisationId);
      if (!organisation) return null;
      const { siret, name } = organisation;
      return place({ siret, name, street: null, postcode: null, city: null, insee: null, opco: null });
    },
    async partnerOf(cfaOrganisationId, siret) {
      const partner = await sources.partnerOf(cfaOrganisationId, siret);
      return partner ? place(partner) : null;
    },
    async organisation(organisationId) {
      const organisation = await sources.organisationOf(organisationId);
      return organisation && { name: organisation.name, kind: organisation.kind };
    },
    async phoneOf(userId) {
      return (await sources.contactOf(userId))?.phone ?? null;
    },
  };
}

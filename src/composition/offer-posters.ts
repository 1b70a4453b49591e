import { createPgCommuneReferential } from "../adapters/postgres/commune-referential.postgres.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgEstablishmentProfileRepository } from "../adapters/postgres/establishment-profiles.postgres.ts";
import { createPgOrganisationRepository } from "../adapters/postgres/organisations.postgres.ts";
import { createPgUserRepository } from "../adapters/postgres/users.postgres.ts";
import type { OfferCompany, OfferPosters } from "../application/offer/index.ts";
import { displayNameOf } from "../application/recruiter/index.ts";
import type { Siret } from "../domain/shared/siret.ts";

/** A company as another context knows it: where it is (street, commune) and its OPCO. */
export type CompanyAddress = Readonly<{
  siret: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  insee: string | null;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

/**
 * What the offer context reads of the others, through their ports (a context never reads another's tables):
 * the company's establishment profile (recruiter), an organisation's name (identity), a person's phone
 * (identity), a CFA's partner company (cfa-mandate, `partners`), placed at its commune's centroid (referential).
 */
export function buildOfferPosters(
  db: Db,
  partners: (cfaOrganisationId: string, siret: string) => Promise<CompanyAddress | null>,
): OfferPosters {
  const profiles = createPgEstablishmentProfileRepository(db);
  const organisations = createPgOrganisationRepository(db);
  const users = createPgUserRepository(db);
  const communes = createPgCommuneReferential(db);
  const place = async (company: CompanyAddress): Promise<OfferCompany> => {
    const commune = company.insee ? await communes.findByInsee(company.insee) : null;
    const { street, postcode, city, insee } = company;
    return {
      siret: company.siret as Siret,
      name: company.name,
      opco: company.opco,
      workplace: {
        street,
        postcode,
        city,
        insee,
        latitude: commune?.latitude ?? null,
        longitude: commune?.longitude ?? null,
      },
    };
  };
  return {
    async companyOf(organisationId) {
      const profile = await profiles.findByOrganisation(organisationId);
      if (!profile) {
        // An organisation made without the sign-up (support, tests): its name and SIRET, no known address.
        const organisation = await organisations.findById(organisationId);
        if (!organisation) return null;
        const { siret, displayName: name } = organisation;
        return place({ siret, name, street: null, postcode: null, city: null, insee: null, opco: null });
      }
      const opco = profile.opco && { code: profile.opco.code, label: profile.opco.label };
      return place({ ...profile.address, siret: profile.siret, name: displayNameOf(profile), opco });
    },
    async partnerOf(cfaOrganisationId, siret) {
      const partner = await partners(cfaOrganisationId, siret);
      return partner ? place(partner) : null;
    },
    async organisation(organisationId) {
      const organisation = await organisations.findById(organisationId);
      return organisation ? { name: organisation.displayName, kind: organisation.kind } : null;
    },
    async phoneOf(userId) {
      return (await users.findById(userId))?.phone ?? null;
    },
  };
}

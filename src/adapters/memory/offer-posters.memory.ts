import type { OfferCompany, OfferPosters } from "../../application/offer/ports.ts";
import type { Siret } from "../../domain/shared/siret.ts";

/** What the other contexts would know, as plain data. */
export type MemoryPosterData = Readonly<{
  /**
   * Organisations: public name and kind; a company account also has its own establishment, else (made by support)
   * its SIRET alone.
   */
  organisations?: readonly Readonly<{
    id: string;
    name: string;
    kind: "company" | "cfa";
    siret?: string;
    company?: OfferCompany | null;
  }>[];
  /** The partner companies of each CFA (mandat). */
  partners?: readonly Readonly<{ cfaOrganisationId: string; company: OfferCompany }>[];
  /** People's phones by user id. */
  phones?: Readonly<Record<string, string | null>>;
}>;

/** The offer context's view of recruiters, CFA mandates and identity, seeded with plain data (tests, demo). */
export function createMemoryOfferPosters(data: MemoryPosterData = {}): OfferPosters {
  const organisations = data.organisations ?? [];
  const find = (id: string) => organisations.find((organisation) => organisation.id === id) ?? null;
  return {
    async companyOf(organisationId) {
      const found = find(organisationId);
      if (found?.company) return found.company;
      if (!found?.siret) return null;
      const workplace = { street: null, postcode: null, city: null, insee: null, latitude: null, longitude: null };
      return { siret: found.siret as Siret, name: found.name, opco: null, workplace };
    },
    async partnerOf(cfaOrganisationId, siret) {
      const partner = data.partners?.find(
        (p) => p.cfaOrganisationId === cfaOrganisationId && p.company.siret === siret,
      );
      return partner?.company ?? null;
    },
    async organisation(organisationId) {
      const found = find(organisationId);
      return found ? { name: found.name, kind: found.kind } : null;
    },
    phoneOf: async (userId) => data.phones?.[userId] ?? null,
  };
}

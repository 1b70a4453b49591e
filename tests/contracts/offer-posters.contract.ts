import { describe, expect, it } from "vitest";
import type { OfferPosters } from "../../src/application/offer/index.ts";

/** What the other contexts know, described once for both implementations. */
export type PostersWorld = Readonly<{
  /** A company account with its establishment profile, in Lyon (INSEE 69123). */
  company: Readonly<{ organisationId: string; siret: string; name: string; street: string; postcode: string }>;
  /** An organisation made without the sign-up: a name and a SIRET, no establishment profile. */
  bare: Readonly<{ organisationId: string; siret: string; name: string }>;
  /** A CFA with one partner company, in Villeurbanne (INSEE 69266). */
  cfa: Readonly<{ organisationId: string; name: string; partnerSiret: string; partnerName: string }>;
  user: Readonly<{ id: string; phone: string }>;
  opco: Readonly<{ code: string; label: string }>;
}>;

const POSTERS_WORLD: PostersWorld = {
  company: {
    organisationId: "org-company",
    siret: "99100001900125",
    name: "AU PAIN DORÉ",
    street: "12 RUE DE LA RÉPUBLIQUE",
    postcode: "69001",
  },
  bare: { organisationId: "org-bare", siret: "99100002700112", name: "Organisation sans profil" },
  cfa: {
    organisationId: "org-cfa",
    name: "CFA DES MÉTIERS",
    partnerSiret: "99100003500105",
    partnerName: "GARAGE PARTENAIRE",
  },
  user: { id: "user-1", phone: "+33612345678" },
  opco: { code: "EP", label: "Opco entreprises de proximité" },
};

/**
 * OfferPosters: what the offer context reads of the recruiter, CFA-mandate, identity and referential contexts,
 * each through its published API in production. `setUp` makes POSTERS_WORLD known to the implementation.
 */
export function offerPostersContract(name: string, setUp: (world: PostersWorld) => Promise<OfferPosters>) {
  describe(`OfferPosters contract (${name})`, () => {
    const world = POSTERS_WORLD;

    it("gives a company account its establishment, placed at its commune's centroid, with its OPCO", async () => {
      const posters = await setUp(world);
      const company = await posters.companyOf(world.company.organisationId);
      expect(company).toMatchObject({
        siret: world.company.siret,
        name: world.company.name,
        opco: world.opco,
        workplace: { street: world.company.street, postcode: world.company.postcode, insee: "69123" },
      });
      expect(company?.workplace.latitude).toBeCloseTo(45.76, 1);
      expect(company?.workplace.longitude).toBeCloseTo(4.83, 1);
    });

    it("gives an organisation without a profile its own name and SIRET, with no known place", async () => {
      const posters = await setUp(world);
      expect(await posters.companyOf(world.bare.organisationId)).toEqual({
        siret: world.bare.siret,
        name: world.bare.name,
        opco: null,
        workplace: { street: null, postcode: null, city: null, insee: null, latitude: null, longitude: null },
      });
      expect(await posters.companyOf("org-unknown")).toBeNull();
    });

    it("finds a CFA's partner by SIRET, and only its own", async () => {
      const posters = await setUp(world);
      const partner = await posters.partnerOf(world.cfa.organisationId, world.cfa.partnerSiret);
      expect(partner).toMatchObject({ siret: world.cfa.partnerSiret, name: world.cfa.partnerName });
      expect(partner?.workplace.insee).toBe("69266");
      expect(partner?.workplace.latitude).toBeCloseTo(45.77, 1);
      expect(await posters.partnerOf(world.company.organisationId, world.cfa.partnerSiret)).toBeNull();
      expect(await posters.partnerOf(world.cfa.organisationId, world.company.siret)).toBeNull();
    });

    it("tells an organisation's public name and kind, and a person's phone", async () => {
      const posters = await setUp(world);
      expect(await posters.organisation(world.cfa.organisationId)).toEqual({ name: world.cfa.name, kind: "cfa" });
      expect(await posters.organisation("org-unknown")).toBeNull();
      expect(await posters.phoneOf(world.user.id)).toBe(world.user.phone);
      expect(await posters.phoneOf("user-unknown")).toBeNull();
    });
  });
}

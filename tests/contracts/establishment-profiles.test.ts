import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryEstablishmentProfileRepository } from "../../src/adapters/memory/establishment-profiles.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { createPgEstablishmentProfileRepository } from "../../src/adapters/postgres/recruiter/establishment-profiles.postgres.ts";
import type { EstablishmentProfileRepository } from "../../src/application/recruiter/index.ts";
import type { EstablishmentProfile } from "../../src/domain/recruiter/establishment-profile.ts";
import type { NafCode } from "../../src/domain/shared/naf-code.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { anOrganisation, T0 } from "../support/identity-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** TEST DATA. */
const aProfile = (organisationId: string, overrides: Partial<EstablishmentProfile> = {}): EstablishmentProfile => ({
  organisationId,
  siret: "99100001900125" as Siret,
  legalName: "BOULANGERIE DE TEST",
  brand: "AU PAIN DE TEST",
  address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
  nafCode: "10.71C" as NafCode,
  nafLabel: "Boulangerie et boulangerie-pâtisserie",
  headcountBand: "03",
  opco: { code: "EP", label: "Opco entreprises de proximité", source: "resolved" },
  uai: null,
  createdAt: T0,
  ...overrides,
});

type Factory = () => Promise<{ repository: EstablishmentProfileRepository; anOrganisationId: () => Promise<string> }>;

function establishmentProfilesContract(name: string, factory: Factory) {
  describe(`EstablishmentProfileRepository (${name})`, () => {
    it("gives back what was saved, null for an organisation without one", async () => {
      const { repository, anOrganisationId } = await factory();
      const id = await anOrganisationId();
      await repository.save(aProfile(id));
      expect(await repository.findByOrganisation(id)).toEqual(aProfile(id));
      expect(await repository.findByOrganisation("absent")).toBeNull();
    });

    it("keeps nulls (unknown OPCO, no brand, a CFA's UAI) as nulls", async () => {
      const { repository, anOrganisationId } = await factory();
      const id = await anOrganisationId();
      const profile = aProfile(id, { brand: null, opco: null, nafCode: null, nafLabel: null, uai: "0691234X" });
      await repository.save(profile);
      expect(await repository.findByOrganisation(id)).toEqual(profile);
    });

    it("replaces the profile of an organisation saved twice", async () => {
      const { repository, anOrganisationId } = await factory();
      const id = await anOrganisationId();
      await repository.save(aProfile(id));
      const chosen = aProfile(id, { opco: { code: "AKTO", label: "AKTO", source: "declared" } });
      await repository.save(chosen);
      expect(await repository.findByOrganisation(id)).toEqual(chosen);
    });
  });
}

let sequence = 0;

establishmentProfilesContract("memory", async () => ({
  repository: createMemoryEstablishmentProfileRepository(),
  anOrganisationId: async () => `org-${++sequence}`,
}));

establishmentProfilesContract("postgres", async () => ({
  repository: createPgEstablishmentProfileRepository(database.db),
  anOrganisationId: async () => {
    const organisation = anOrganisation(`org-${++sequence}`, { siret: String(10_000_000_000_000 + sequence) });
    await createPgOrganisationRepository(database.db).create(organisation);
    return organisation.id;
  },
}));

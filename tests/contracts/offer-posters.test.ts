import { afterAll, beforeAll } from "vitest";
import { createJsonLogger } from "../../src/adapters/logging/json-logger.ts";
import { createMemoryOfferPosters } from "../../src/adapters/memory/offer-posters.memory.ts";
import { createPgPartnerCompanyRepository } from "../../src/adapters/postgres/cfa-mandate/partner-companies.postgres.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { createPgUserRepository } from "../../src/adapters/postgres/identity/users.postgres.ts";
import { createPgEstablishmentProfileRepository } from "../../src/adapters/postgres/recruiter/establishment-profiles.postgres.ts";
import { offerPostersFrom } from "../../src/application/offer/index.ts";
import { buildServices } from "../../src/composition-root.ts";
import { loadConfig } from "../../src/config.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { PhoneNumber } from "../../src/domain/shared/phone-number.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { anOrganisation, aUser } from "../support/identity-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { offerPostersContract, type PostersWorld } from "./offer-posters.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const at = new Date("2026-11-02T08:00:00Z");
const lyon = { latitude: 45.758, longitude: 4.835 };
const villeurbanne = { latitude: 45.77, longitude: 4.88 };

offerPostersContract("memory", async (world: PostersWorld) =>
  createMemoryOfferPosters({
    organisations: [
      {
        id: world.company.organisationId,
        name: world.company.name,
        kind: "company",
        company: {
          siret: world.company.siret as Siret,
          name: world.company.name,
          opco: world.opco,
          workplace: {
            street: world.company.street,
            postcode: world.company.postcode,
            city: "LYON",
            insee: "69123",
            ...lyon,
          },
        },
      },
      { id: world.bare.organisationId, name: world.bare.name, kind: "company", siret: world.bare.siret },
      { id: world.cfa.organisationId, name: world.cfa.name, kind: "cfa" },
    ],
    partners: [
      {
        cfaOrganisationId: world.cfa.organisationId,
        company: {
          siret: world.cfa.partnerSiret as Siret,
          name: world.cfa.partnerName,
          opco: null,
          workplace: {
            street: "3 RUE DU GARAGE",
            postcode: "69100",
            city: "VILLEURBANNE",
            insee: "69266",
            ...villeurbanne,
          },
        },
      },
    ],
    phones: { [world.user.id]: world.user.phone },
  }),
);

/** The real one: the other contexts' published APIs over their PostgreSQL tables, as the offer module composes them. */
offerPostersContract("postgres (published APIs)", async (world: PostersWorld) => {
  const { db } = database;
  await db.execute("truncate organisations, users cascade");
  const organisations = createPgOrganisationRepository(db);
  await organisations.create(
    anOrganisation(world.company.organisationId, { siret: world.company.siret, displayName: world.company.name }),
  );
  await organisations.create(
    anOrganisation(world.bare.organisationId, { siret: world.bare.siret, displayName: world.bare.name }),
  );
  await organisations.create(
    anOrganisation(world.cfa.organisationId, { kind: "cfa", siret: "99100004300108", displayName: world.cfa.name }),
  );
  await createPgUserRepository(db).findOrCreate(aUser(world.user.id, { phone: world.user.phone }));
  await createPgEstablishmentProfileRepository(db).save({
    organisationId: world.company.organisationId,
    siret: world.company.siret as Siret,
    legalName: "SARL DU PAIN",
    brand: world.company.name,
    address: { street: world.company.street, postcode: world.company.postcode, city: "LYON", insee: "69123" },
    nafCode: null,
    nafLabel: null,
    headcountBand: null,
    opco: { ...world.opco, source: "resolved" },
    uai: null,
    createdAt: at,
  });
  await createPgPartnerCompanyRepository(db).add({
    id: "partner-1",
    cfaOrganisationId: world.cfa.organisationId,
    siret: world.cfa.partnerSiret as Siret,
    legalName: world.cfa.partnerName,
    brand: null,
    address: { street: "3 RUE DU GARAGE", postcode: "69100", city: "VILLEURBANNE", insee: "69266" },
    nafCode: null,
    opco: null,
    contact: {
      firstName: "Léa",
      lastName: "Martin",
      phone: "+33478000000" as PhoneNumber,
      email: "lea@garage.test" as Email,
    },
    createdAt: at,
  });
  const config = loadConfig({ LOG_LEVEL: "silent", JOBS_ENABLED: "false" });
  const { apis } = buildServices(database, config, createJsonLogger("silent"));
  return offerPostersFrom({
    establishmentOf: apis.recruiter.establishmentProfileOf,
    partnerOf: apis.cfaMandate.partnerOf,
    organisationOf: apis.identity.organisationOf,
    contactOf: apis.identity.contactOf,
    communeOf: apis.referential.communeOf,
  });
});

import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import * as tables from "../../src/adapters/postgres/schema.ts";
import type { Establishment } from "../../src/domain/shared/establishment.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { bearer, createIdentityTestApp, type IdentityTestApp, json, newestEmail } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runCatalogueImport, testCatalogueSource } from "../support/training-builders.ts";

/** TEST DATA: an open company INSEE knows, whose OPCO nothing can find (no IDCC), for the OPCO choice. */
const COMPANY_WITHOUT_OPCO: Establishment = {
  siret: "99100007600018" as Siret,
  diffusible: true,
  legalName: "GARAGE DE TEST SANS OPCO",
  brand: null,
  address: { street: "1 RUE DU TEST", postcode: "69001", city: "LYON", insee: "69123" },
  nafCode: null,
  open: true,
  headcountBand: "01",
  idccs: [],
};

/** TEST DATA: an open company whose collective agreement (IDCC 843, boulangerie artisanale) gives its OPCO. */
const COMPANY_WITH_IDCC: Establishment = { ...COMPANY_WITHOUT_OPCO, siret: "99100008400012" as Siret, idccs: [843] };

const NEVER_LOOKED_UP = "99100009200015";

let database: DatabaseHandle;
let world: IdentityTestApp;
const directory = createMemoryEstablishmentDirectory([...DEMO_ESTABLISHMENTS, COMPANY_WITHOUT_OPCO, COMPANY_WITH_IDCC]);
beforeAll(async () => {
  database = await createTestDatabase();
  // The CFAs of the catalogue (cfaQualiopi, cfaNotQualiopi…): a scripted catalogue, imported by its job.
  world = await createIdentityTestApp(
    database,
    {},
    {
      establishmentDirectory: directory,
      trainingCatalogueSource: testCatalogueSource(),
    },
  );
  await runCatalogueImport(world.app);
});
afterAll(() => database.close());
beforeEach(() => directory.setUnavailable(false));

let sequence = 0;
const aContact = (overrides: Record<string, unknown> = {}) => ({
  firstName: "Camille",
  lastName: "Durand",
  phone: "06 12 34 56 78",
  email: `signup${++sequence}@exemple.fr`,
  ...overrides,
});

const signUp = async (path: "/api/v1/recruiters" | "/api/v1/cfas", body: unknown) => {
  const response = await world.app.request(path, json("POST", body));
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
};

/** Every table a sign-up writes to: a refused sign-up must leave each count unchanged. */
async function rowCounts() {
  const { db } = database;
  const of = async (table: Parameters<ReturnType<typeof db.select>["from"]>[0]) =>
    (await db.select({ value: count() }).from(table))[0]?.value ?? 0;
  return {
    organisations: await of(tables.organisations),
    users: await of(tables.users),
    memberships: await of(tables.memberships),
    identityLinks: await of(tables.identityLinks),
    outbox: await of(tables.outboxMessages),
    establishmentProfiles: await of(tables.establishmentProfiles),
  };
}

async function profileOf(organisationId: string) {
  const rows = await database.db
    .select()
    .from(tables.establishmentProfiles)
    .where(eq(tables.establishmentProfiles.organisationId, organisationId));
  return rows[0];
}

describe("POST /api/v1/recruiters", () => {
  it("creates the company account from INSEE's data, with its OPCO, and emails a working login link", async () => {
    const contact = aContact({ phone: "06.12.34.56.78", email: "  Camille.Durand@Exemple.FR " });
    const { status, body } = await signUp("/api/v1/recruiters", { siret: "991 000 019 00125", ...contact });
    expect(status).toBe(201);
    expect(body).toEqual({ organisationId: expect.any(String), userId: expect.any(String) });

    expect(await profileOf(body.organisationId)).toMatchObject({
      siret: DEMO_SIRETS.companyOpen,
      legalName: "BOULANGERIE DEMO DU VIEUX LYON",
      brand: "AU PAIN DE DEMONSTRATION",
      street: "12 RUE SAINT-JEAN",
      insee: "69123",
      nafCode: "10.71C",
      nafLabel: "Boulangerie et boulangerie-pâtisserie",
      opco: { code: "EP", label: "Opco entreprises de proximité", source: "resolved" },
      uai: null,
    });

    const email = await newestEmail(world.app, "camille.durand@exemple.fr");
    expect(email.subject).toBe("Bienvenue sur La bonne alternance : accédez à votre espace");
    expect(email.text).toContain("Le compte « AU PAIN DE DEMONSTRATION » est créé");
    const session = await world.app.request("/api/v1/auth/session", json("POST", { token: email.token }));
    expect(session.status).toBe(200);
    const { accessToken } = await session.json();
    const me = await (await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).json();
    expect(me).toMatchObject({
      user: { email: "camille.durand@exemple.fr", firstName: "Camille", phone: "+33612345678" },
      organisations: [{ id: body.organisationId, kind: "company", siret: DEMO_SIRETS.companyOpen }],
    });
    const organisation = await (
      await world.app.request("/api/v1/organisation", { headers: bearer(accessToken) })
    ).json();
    expect(organisation).toMatchObject({
      organisation: { id: body.organisationId, displayName: "AU PAIN DE DEMONSTRATION" },
      establishment: { legalName: "BOULANGERIE DEMO DU VIEUX LYON", opco: { code: "EP", source: "resolved" } },
      members: [{ email: "camille.durand@exemple.fr", firstName: "Camille", lastName: "Durand" }],
    });
  });

  it("refuses a second account for the same SIRET with 409 ACCOUNT_EXISTS, writing nothing", async () => {
    const before = await rowCounts();
    const { status, body } = await signUp("/api/v1/recruiters", { siret: DEMO_SIRETS.companyOpen, ...aContact() });
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: "ACCOUNT_EXISTS", detail: expect.stringContaining("Connectez-vous") });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["a malformed SIRET", "1234", 400, "SIRET_INVALID"],
    ["a SIRET with a wrong check digit", "99100001900124", 400, "SIRET_INVALID"],
    ["a SIRET INSEE does not know", DEMO_SIRETS.unknownSiret, 404, "SIRET_UNKNOWN"],
    ["a closed establishment", DEMO_SIRETS.companyClosed, 422, "ESTABLISHMENT_CLOSED"],
    ["a non-diffusible establishment", DEMO_SIRETS.companyNonDiffusible, 422, "ESTABLISHMENT_NON_DIFFUSIBLE"],
    ["an education establishment (NAF 85)", DEMO_SIRETS.companyEducationNaf, 422, "EDUCATION_NAF"],
  ])("refuses %s (%i %s) and writes nothing", async (_, siret, expectedStatus, code) => {
    const before = await rowCounts();
    const { status, type, body } = await signUp("/api/v1/recruiters", { siret, ...aContact() });
    expect(status).toBe(expectedStatus);
    expect(type).toContain("application/problem+json");
    expect(body).toMatchObject({ code, status: expectedStatus, detail: expect.any(String) });
    expect(await rowCounts()).toEqual(before);
  });

  it("points an education establishment to the CFA account in French", async () => {
    const { body } = await signUp("/api/v1/recruiters", { siret: DEMO_SIRETS.companyEducationNaf, ...aContact() });
    expect(body.detail).toContain("compte CFA");
  });

  it("answers 503 UPSTREAM_UNAVAILABLE when INSEE is down, and writes nothing", async () => {
    directory.setUnavailable(true);
    const before = await rowCounts();
    const { status, body } = await signUp("/api/v1/recruiters", { siret: COMPANY_WITHOUT_OPCO.siret, ...aContact() });
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["phone", { phone: "12 34" }],
    ["phone", { phone: "+44 20 7946 0958" }],
    ["email", { email: "pas-une-adresse" }],
    ["firstName", { firstName: "" }],
  ])("refuses a bad %s with 400 VALIDATION_FAILED naming it, and writes nothing", async (path, change) => {
    const before = await rowCounts();
    const { status, body } = await signUp("/api/v1/recruiters", {
      siret: DEMO_SIRETS.companyOpen,
      ...aContact(change),
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "VALIDATION_FAILED", errors: [expect.objectContaining({ path })] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("OPCO at sign-up", () => {
  it("lists the 11 OPCO to choose from", async () => {
    const { items } = await (await world.app.request("/api/v1/opcos")).json();
    expect(items).toHaveLength(11);
    expect(items).toContainEqual({ code: "EP", label: "Opco entreprises de proximité" });
  });

  it("refuses an OPCO code that is not one of the 11 with 400 OPCO_UNKNOWN, writing nothing", async () => {
    const before = await rowCounts();
    const { status, body } = await signUp("/api/v1/recruiters", {
      siret: COMPANY_WITHOUT_OPCO.siret,
      ...aContact({ opco: "OPCO_IMAGINAIRE" }),
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "OPCO_UNKNOWN" });
    expect(await rowCounts()).toEqual(before);
  });

  it("keeps the OPCO the recruiter chose when none was found", async () => {
    const { status, body } = await signUp("/api/v1/recruiters", {
      siret: COMPANY_WITHOUT_OPCO.siret,
      ...aContact({ opco: "AKTO" }),
    });
    expect(status).toBe(201);
    expect((await profileOf(body.organisationId))?.opco).toMatchObject({ code: "AKTO", source: "declared" });
  });

  it("keeps the OPCO found from the SIRET over the recruiter's pick", async () => {
    const { status, body } = await signUp("/api/v1/recruiters", {
      siret: COMPANY_WITH_IDCC.siret,
      ...aContact({ opco: "AFDAS" }),
    });
    expect(status).toBe(201);
    expect((await profileOf(body.organisationId))?.opco).toMatchObject({ code: "EP", source: "resolved" });
  });
});

describe("POST /api/v1/cfas", () => {
  it("creates the CFA account with the catalogue's legal data and emails a login link", async () => {
    const contact = aContact();
    const { status, body } = await signUp("/api/v1/cfas", { siret: DEMO_SIRETS.cfaQualiopi, ...contact });
    expect(status).toBe(201);
    expect(await profileOf(body.organisationId)).toMatchObject({
      siret: DEMO_SIRETS.cfaQualiopi,
      legalName: "CFA DEMO DES METIERS DE BOUCHE",
      street: "8 AVENUE JEAN JAURES",
      opco: null,
    });
    const email = await newestEmail(world.app, contact.email);
    expect(email.text).toContain("« CFA DEMO DES METIERS DE BOUCHE »");
    // The link's first use confirms the sign-up: the formateur SIRET is taken from now on (docs/adr/0015).
    expect((await world.app.request("/api/v1/auth/session", json("POST", { token: email.token }))).status).toBe(200);
  });

  it.each([
    ["the same formateur SIRET again", DEMO_SIRETS.cfaQualiopi, 409, "ACCOUNT_EXISTS"],
    ["a malformed SIRET", "9910000500013", 400, "SIRET_INVALID"],
    ["a SIRET INSEE does not know", DEMO_SIRETS.unknownSiret, 404, "SIRET_UNKNOWN"],
    ["a closed establishment", DEMO_SIRETS.companyClosed, 422, "ESTABLISHMENT_CLOSED"],
    ["a non-diffusible establishment", DEMO_SIRETS.companyNonDiffusible, 422, "ESTABLISHMENT_NON_DIFFUSIBLE"],
    ["an establishment absent from the catalogue", DEMO_SIRETS.companyEducationNaf, 422, "CFA_NOT_IN_CATALOGUE"],
    ["a company absent from the catalogue", COMPANY_WITHOUT_OPCO.siret, 422, "CFA_NOT_IN_CATALOGUE"],
    ["a catalogue establishment without Qualiopi", DEMO_SIRETS.cfaNotQualiopi, 422, "CFA_NOT_QUALIOPI"],
  ])("refuses %s (%i %s) and writes nothing", async (_, siret, expectedStatus, code) => {
    const before = await rowCounts();
    const { status, body } = await signUp("/api/v1/cfas", { siret, ...aContact() });
    expect(status).toBe(expectedStatus);
    expect(body).toMatchObject({ code, detail: expect.any(String) });
    expect(await rowCounts()).toEqual(before);
  });

  it("gives the FAQ's ways out: the Carif-Oref for the catalogue, France Travail meanwhile", async () => {
    const absent = await signUp("/api/v1/cfas", { siret: DEMO_SIRETS.companyEducationNaf, ...aContact() });
    expect(absent.body.detail).toContain("Carif-Oref");
    expect(absent.body.detail).toContain("France Travail");
    const uncertified = await signUp("/api/v1/cfas", { siret: DEMO_SIRETS.cfaNotQualiopi, ...aContact() });
    expect(uncertified.body.detail).toContain("Qualiopi");
  });

  it("answers 503 when INSEE is down, and writes nothing", async () => {
    directory.setUnavailable(true);
    const before = await rowCounts();
    // A SIRET not looked up before: the directory sits behind a cache.
    const { status } = await signUp("/api/v1/cfas", { siret: NEVER_LOOKED_UP, ...aContact() });
    expect(status).toBe(503);
    expect(await rowCounts()).toEqual(before);
  });
});

import { count } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { partnerCompanies } from "../../src/adapters/postgres/cfa-mandate/schema.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import type { DiffusibleEstablishment } from "../../src/domain/shared/establishment.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import {
  aRegistration,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

// Runs once the context is wired (UseCases, composition, catalogue, app.route) and 0008 is in the journal.

/** TEST DATA: a bakery only the outage case asks for (the app caches INSEE's answers). */
const NEVER_LOOKED_UP = { ...(DEMO_ESTABLISHMENTS[0] as DiffusibleEstablishment), siret: "99100007600018" as Siret };

let database: DatabaseHandle;
let world: IdentityTestApp;
const directory = createMemoryEstablishmentDirectory([...DEMO_ESTABLISHMENTS, NEVER_LOOKED_UP]);
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, {}, { establishmentDirectory: directory });
});
afterAll(() => database.close());
beforeEach(() => directory.setUnavailable(false));

let sequence = 0;

/** A CFA and its member Camille at the CFA's own domain, phone 06 12 34 56 78 (aRegistration's). */
const aCfa = (email = `camille@cfa-${++sequence}.fr`) =>
  registerAndLogIn(world, { kind: "cfa", email, name: `CFA ${sequence}` });

const CONTACT = { firstName: "Léa", lastName: "Boulanger" };

const aPartner = (overrides: Record<string, unknown> = {}) => ({
  siret: "991 000 019 00125",
  ...CONTACT,
  phone: "04 78 00 00 00",
  email: "Lea.Boulanger@Boulangerie-Test.fr",
  ...overrides,
});

const PATH = "/api/v1/cfa/partners";

const add = async (accessToken: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await world.app.request(PATH, json("POST", body, bearer(accessToken, headers)));
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
};

const list = async (accessToken: string, headers: Record<string, string> = {}) => {
  const response = await world.app.request(PATH, { headers: bearer(accessToken, headers) });
  return { status: response.status, body: await response.json() };
};

const partnerRows = async () => (await database.db.select({ value: count() }).from(partnerCompanies))[0]?.value;

describe("POST /api/v1/cfa/partners", () => {
  it("adds the company with INSEE's data, its OPCO and its contact; GET lists it", async () => {
    const cfa = await aCfa();
    const { status, body } = await add(cfa.accessToken, aPartner());
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(String),
      siret: DEMO_SIRETS.companyOpen,
      legalName: "BOULANGERIE DEMO DU VIEUX LYON",
      brand: "AU PAIN DE DEMONSTRATION",
      address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
      nafCode: "10.71C",
      opco: { code: "EP", label: "Opco entreprises de proximité" },
      contact: { ...CONTACT, phone: "+33478000000", email: "lea.boulanger@boulangerie-test.fr" },
      createdAt: "2026-11-02T08:00:00.000Z",
    });
    expect(await list(cfa.accessToken)).toEqual({ status: 200, body: { items: [body] } });
  });

  it("refuses the same company twice with 409 PARTNER_EXISTS; another CFA may add it", async () => {
    const cfa = await aCfa();
    await add(cfa.accessToken, aPartner());
    const again = await add(cfa.accessToken, aPartner({ firstName: "Autre" }));
    expect(again).toMatchObject({
      status: 409,
      body: { code: "PARTNER_EXISTS", detail: expect.stringContaining("déjà") },
    });
    expect((await add((await aCfa()).accessToken, aPartner())).status).toBe(201);
  });

  it.each([
    ["the CFA user's phone, typed otherwise", () => ({ phone: "+33 6 12 34 56 78" }), "téléphone saisi est le vôtre"],
    ["the CFA user's email", (domain: string) => ({ email: `CAMILLE@${domain}` }), "e-mail saisie est la vôtre"],
    ["an address at its domain", (domain: string) => ({ email: `rh@${domain}` }), "domaine de messagerie de votre CFA"],
  ])("refuses %s with 422 CONTACT_SAME_AS_CFA, says why, writes nothing", async (_case, overrides, reason) => {
    const cfa = await aCfa();
    const before = await partnerRows();
    const refused = await add(cfa.accessToken, aPartner(overrides(cfa.email.split("@")[1] ?? "")));
    expect(refused).toMatchObject({ status: 422, type: expect.stringContaining("application/problem+json") });
    expect(refused.body).toMatchObject({ code: "CONTACT_SAME_AS_CFA", detail: expect.stringContaining(reason) });
    expect(refused.body.detail).toContain("anonymat");
    expect(await partnerRows()).toBe(before);
  });

  it("accepts a contact at the same public webmail as the CFA user", async () => {
    const cfa = await aCfa(`camille.cfa${++sequence}@gmail.com`);
    expect((await add(cfa.accessToken, aPartner({ email: "lea.boulangerie@gmail.com" }))).status).toBe(201);
  });

  it.each([
    ["a malformed SIRET", "1234", 400, "SIRET_INVALID", "14 chiffres"],
    ["a SIRET INSEE does not know", DEMO_SIRETS.unknownSiret, 404, "SIRET_UNKNOWN", "entreprise partenaire"],
    ["a closed establishment", DEMO_SIRETS.companyClosed, 422, "ESTABLISHMENT_CLOSED", "fermé"],
    ["a non-diffusible one", DEMO_SIRETS.companyNonDiffusible, 422, "ESTABLISHMENT_NON_DIFFUSIBLE", "L'entreprise"],
    ["an education one (NAF 85)", DEMO_SIRETS.companyEducationNaf, 422, "EDUCATION_NAF", "entreprise partenaire"],
  ])("refuses %s (%i %s) in the partner's words, writing nothing", async (_case, siret, status, code, words) => {
    const cfa = await aCfa();
    const before = await partnerRows();
    const refused = await add(cfa.accessToken, aPartner({ siret }));
    expect(refused).toMatchObject({ status, type: expect.stringContaining("application/problem+json") });
    expect(refused.body).toMatchObject({ code, status, detail: expect.stringContaining(words) });
    expect(refused.body.detail).not.toContain("compte CFA (organisme de formation)");
    expect(await partnerRows()).toBe(before);
  });

  it("answers 400 VALIDATION_FAILED for a missing field or a phone that is not French", async () => {
    const cfa = await aCfa();
    const { status, body } = await add(cfa.accessToken, { ...aPartner({ phone: "12" }), lastName: undefined });
    expect(status).toBe(400);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["lastName", "phone"]);
  });

  it("answers 503 UPSTREAM_UNAVAILABLE when INSEE is down, writing nothing", async () => {
    const cfa = await aCfa();
    directory.setUnavailable(true);
    const before = await partnerRows();
    const { status, body } = await add(cfa.accessToken, aPartner({ siret: NEVER_LOOKED_UP.siret }));
    expect({ status, code: body.code }).toEqual({ status: 503, code: "UPSTREAM_UNAVAILABLE" });
    expect(await partnerRows()).toBe(before);
  });
});

describe("who may manage partner companies", () => {
  it("answers 401 without a session, 403 CFA_ONLY to a company account, on both routes", async () => {
    expect((await world.app.request(PATH, json("POST", aPartner()))).status).toBe(401);
    expect((await world.app.request(PATH)).status).toBe(401);
    const company = await registerAndLogIn(world, { kind: "company" });
    expect(await add(company.accessToken, aPartner())).toMatchObject({ status: 403, body: { code: "CFA_ONLY" } });
    expect(await list(company.accessToken)).toMatchObject({ status: 403, body: { code: "CFA_ONLY" } });
  });

  it("needs X-Organisation-Id from a member of a company and a CFA, and keeps each CFA's partners apart", async () => {
    const first = await aCfa();
    const company = await world.register(aRegistration({ kind: "company", email: first.email }));
    if (!company.ok) throw new Error(company.error.code);
    // docs/adr/0015: the second sign-up counts once its founder logs in again (which confirms it).
    const cfa = { ...first, accessToken: await logIn(world.app, first.email) };
    const asCfa = { "X-Organisation-Id": cfa.organisationId };
    const asCompany = { "X-Organisation-Id": company.value.organisationId };
    expect(await add(cfa.accessToken, aPartner())).toMatchObject({ body: { code: "ORGANISATION_REQUIRED" } });
    expect(await add(cfa.accessToken, aPartner(), asCompany)).toMatchObject({ body: { code: "CFA_ONLY" } });
    expect((await add(cfa.accessToken, aPartner(), asCfa)).status).toBe(201);
    expect((await list(cfa.accessToken, asCfa)).body.items).toHaveLength(1);

    const stranger = await aCfa();
    expect(await list(stranger.accessToken)).toEqual({ status: 200, body: { items: [] } });
    expect(await list(stranger.accessToken, asCfa)).toMatchObject({ status: 403, body: { code: "NOT_A_MEMBER" } });
  });
});

describe("offers for a partner (the offer context asks findPartnerOfCfa)", () => {
  it("lets the CFA post an offer for its partner, with the partner's workplace and OPCO", async () => {
    const cfa = await aCfa();
    const offer = { romeCode: "D1102", contractTypes: ["apprentissage"], startDate: "2027-01-04", durationMonths: 24 };
    const post = (partnerSiret: string) =>
      world.app.request(
        "/api/v1/offers",
        json("POST", { ...offer, openings: 1, partnerSiret }, bearer(cfa.accessToken)),
      );
    expect((await post(DEMO_SIRETS.companyOpen)).status).toBe(422);
    await add(cfa.accessToken, aPartner());
    const response = await post("991 000 019 00125");
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      partnerSiret: DEMO_SIRETS.companyOpen,
      workplace: { street: "12 RUE SAINT-JEAN", insee: "69123" },
      opco: { code: "EP" },
    });
  });
});

describe("OpenAPI", () => {
  it("documents both partner routes", async () => {
    const document = await (await world.app.request("/openapi.json")).json();
    expect(Object.keys(document.paths[PATH]).sort()).toEqual(["get", "post"]);
    expect(document.components.schemas).toHaveProperty("PartnerCompany");
  });
});

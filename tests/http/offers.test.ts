import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgRomeReferential } from "../../src/adapters/postgres/referential/rome-referential.postgres.ts";
import { offers } from "../../src/adapters/postgres/schema.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runCatalogueImport, testCatalogueSource } from "../support/training-builders.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
let company: string;
let otherCompany: string;
beforeAll(async () => {
  database = await createTestDatabase();
  // The CFA of these tests comes from the catalogue: a scripted one, imported by its job.
  world = await createIdentityTestApp(database, {}, { trainingCatalogueSource: testCatalogueSource() });
  await runCatalogueImport(world.app);
  company = await signUp(DEMO_SIRETS.companyOpen, "patron@boulangerie-test.fr");
  otherCompany = (await registerAndLogIn(world, { name: "Garage Témoin" })).accessToken;
});
afterAll(() => database.close());

async function signUp(siret: string, email: string, path = "/api/v1/recruiters"): Promise<string> {
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email };
  const response = await world.app.request(path, json("POST", { siret, ...contact }));
  expect(response.status).toBe(201);
  return logIn(world.app, email);
}

const anOffer = (overrides: Record<string, unknown> = {}) => ({
  romeCode: "D1102",
  contractTypes: ["apprentissage"],
  startDate: "2027-01-04",
  durationMonths: 24,
  openings: 1,
  ...overrides,
});

async function call(method: string, path: string, token: string | null, body?: unknown) {
  const response = await world.app.request(path, json(method, body, token ? bearer(token) : {}));
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const publish = (token: string, overrides: Record<string, unknown> = {}) =>
  call("POST", "/api/v1/offers", token, anOffer(overrides));

describe("POST /api/v1/offers", () => {
  it("describes the offer with the ROME fiche's own text", async () => {
    const fiche = await createPgRomeReferential(database.db).findFiche("D1102" as RomeCode);
    const { status, body } = await publish(company);
    expect(status).toBe(201);
    for (const sentence of fiche?.definition ?? ["(no fiche)"]) expect(body.description).toContain(sentence);
    expect(body.description).toContain("Accès au métier");
    expect(body).toMatchObject({
      title: "Boulanger / Boulangère",
      appellation: null,
      contactEmail: "patron@boulangerie-test.fr",
    });
  });

  it.each([
    ["an unknown ROME code", { romeCode: "N9999" }, 422, "ROME_UNKNOWN", "romeCode"],
    ["an appellation of another fiche", { appellation: "Plombier / Plombière" }, 422, "ROME_UNKNOWN", "appellation"],
    ["a start date in the past", { startDate: "2020-01-01" }, 400, "START_DATE_IN_PAST", "startDate"],
    ["a start date beyond two years", { startDate: "2030-01-01" }, 400, "START_DATE_TOO_FAR", "startDate"],
    ["a 5-month contract", { durationMonths: 5 }, 400, "DURATION_OUT_OF_RANGE", "durationMonths"],
    ["a 37-month contract", { durationMonths: 37 }, 400, "DURATION_OUT_OF_RANGE", "durationMonths"],
    ["no opening", { openings: 0 }, 400, "OPENINGS_OUT_OF_RANGE", "openings"],
    ["11 openings", { openings: 11 }, 400, "OPENINGS_OUT_OF_RANGE", "openings"],
    ["no contract type", { contractTypes: [] }, 400, "CONTRACT_TYPE_REQUIRED", "contractTypes"],
    ["a company naming a partner", { partnerSiret: DEMO_SIRETS.companyClosed }, 422, "PARTNER_INVALID", undefined],
    [
      "an address that does not exist",
      { workplaceAddress: "1 rue Imaginaire 00000 Nullepart" },
      422,
      "ADDRESS_NOT_FOUND",
      undefined,
    ],
  ])("refuses %s (%i %s)", async (_, change, status, code, path) => {
    const before = await call("GET", "/api/v1/console/offers?tab=active", company);
    const refused = await publish(company, change);
    expect(refused.status).toBe(status);
    expect(refused.body).toMatchObject({ code, detail: expect.any(String) });
    if (path) expect(refused.body.errors).toEqual([{ path, message: refused.body.detail }]);
    const after = await call("GET", "/api/v1/console/offers?tab=active", company);
    expect(after.body.total).toBe(before.body.total);
  });

  it("refuses malformed fields with 400 VALIDATION_FAILED", async () => {
    const { status, body } = await publish(company, { romeCode: "boulanger", durationMonths: "deux ans" });
    expect(status).toBe(400);
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["durationMonths", "romeCode"]);
  });

  it("places the workplace at a given address instead of the establishment's", async () => {
    const { status, body } = await publish(company, { workplaceAddress: "5 place Bellecour 69002 Lyon" });
    expect(status).toBe(201);
    expect(body.workplace).toMatchObject({ postcode: "69002", latitude: expect.any(Number) });
  });

  it("requires authentication", async () => {
    expect((await call("POST", "/api/v1/offers", null, anOffer())).status).toBe(401);
  });
});

describe("another organisation's offer", () => {
  it("is 404 for reading and for every write", async () => {
    const { body: offer } = await publish(company);
    const path = `/api/v1/offers/${offer.id}`;
    for (const [method, url, body] of [
      ["GET", `/api/v1/console/offers/${offer.id}`, undefined],
      ["PATCH", path, { openings: 2 }],
      ["POST", `${path}/extend`, undefined],
      ["POST", `${path}/close`, { outcome: "filled" }],
    ] as const) {
      const response = await call(method, url, otherCompany, body);
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain("boulangerie-test");
    }
    expect((await call("GET", `/api/v1/console/offers/${offer.id}`, company)).status).toBe(200);
  });
});

describe("edit, extend, close", () => {
  it("edits every field of an active offer", async () => {
    const { body: offer } = await publish(company);
    const { status, body } = await call("PATCH", `/api/v1/offers/${offer.id}`, company, {
      openings: 3,
      durationMonths: 12,
      contractTypes: ["apprentissage", "professionnalisation"],
      description: "Notre boulangerie forme depuis 20 ans.",
      employerDescription: "Artisan boulanger.",
      contactEmail: "rh@boulangerie-test.fr",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      openings: 3,
      durationMonths: 12,
      description: "Notre boulangerie forme depuis 20 ans.",
      contactEmail: "rh@boulangerie-test.fr",
    });
  });

  it("closes as filled or as deleted with a reason, then refuses edit and extend with 409 OFFER_CLOSED", async () => {
    const { body: filled } = await publish(company);
    expect(
      (await call("POST", `/api/v1/offers/${filled.id}/close`, company, { outcome: "filled" })).body,
    ).toMatchObject({
      status: "filled",
    });
    const { body: deleted } = await publish(company);
    const noReason = await call("POST", `/api/v1/offers/${deleted.id}/close`, company, { outcome: "deleted" });
    expect(noReason).toMatchObject({ status: 400, body: { code: "CLOSE_REASON_REQUIRED" } });
    const closed = await call("POST", `/api/v1/offers/${deleted.id}/close`, company, {
      outcome: "deleted",
      reason: "no_longer_hiring",
    });
    expect(closed.body).toMatchObject({ status: "deleted", closeReason: "no_longer_hiring" });

    for (const id of [filled.id, deleted.id]) {
      expect((await call("PATCH", `/api/v1/offers/${id}`, company, { openings: 2 })).body.code).toBe("OFFER_CLOSED");
      const extend = await call("POST", `/api/v1/offers/${id}/extend`, company);
      expect(extend).toMatchObject({ status: 409, body: { code: "OFFER_CLOSED" } });
      expect((await call("GET", `/api/v1/offers/${id}`, null)).status).toBe(404);
    }
    const tabs = async (tab: string) =>
      (await call("GET", `/api/v1/console/offers?tab=${tab}`, company)).body.items.map((o: { id: string }) => o.id);
    expect(await tabs("filled")).toContain(filled.id);
    expect(await tabs("expired")).toContain(deleted.id);
    expect(await tabs("active")).not.toContain(deleted.id);
  });
});

describe("public view", () => {
  it("shows an active company offer with the company's name and no contact email", async () => {
    const { body: offer } = await publish(company);
    const { status, body } = await call("GET", `/api/v1/offers/${offer.id}`, null);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      title: "Boulanger / Boulangère",
      employer: { kind: "company", name: "AU PAIN DE DEMONSTRATION" },
      place: { city: "LYON" },
    });
    expect(JSON.stringify(body)).not.toContain("patron@boulangerie-test.fr");
  });

  it("has a French page at its viewUrl, the link of the console and the emails", async () => {
    const { body: offer } = await publish(company);
    const page = await world.app.request(new URL(offer.viewUrl).pathname);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Boulanger / Boulangère");
    expect(html).toContain("AU PAIN DE DEMONSTRATION");
    expect(html).not.toContain("patron@boulangerie-test.fr");
    expect((await world.app.request("/offres/inconnue")).status).toBe(404);
    const { paths } = await (await world.app.request("/openapi.json")).json();
    expect(paths["/offres/{id}"]?.get).toBeDefined();
  });

  it("answers 404 for an unknown id", async () => {
    expect((await call("GET", "/api/v1/offers/inconnue", null)).body).toMatchObject({ code: "OFFER_NOT_FOUND" });
  });

  it("lists each online offer's page in /sitemap.xml; a closed offer leaves it and its page answers 404", async () => {
    const { body: offer } = await publish(company);
    const sitemap = async () => {
      const response = await world.app.request("/sitemap.xml");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/xml");
      return response.text();
    };
    const before = await sitemap();
    expect(before).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(before).toContain(`<url><loc>${offer.viewUrl}</loc><lastmod>`);
    const closed = await call("POST", `/api/v1/offers/${offer.id}/close`, company, { outcome: "filled" });
    expect(closed.status).toBe(200);
    expect(await sitemap()).not.toContain(offer.viewUrl);
    expect((await world.app.request(new URL(offer.viewUrl).pathname)).status).toBe(404);
  });
});

describe("a CFA", () => {
  it("posts only for its partner companies, and the public sees the CFA instead of the company", async () => {
    const cfa = await signUp(DEMO_SIRETS.cfaQualiopi, "offres@cfa-test.fr", "/api/v1/cfas");
    expect((await publish(cfa)).body).toMatchObject({ code: "PARTNER_INVALID" });
    const notPartner = await publish(cfa, { partnerSiret: DEMO_SIRETS.companyOpen });
    expect(notPartner).toMatchObject({ status: 422, body: { code: "PARTNER_INVALID" } });

    const partner = { siret: DEMO_SIRETS.companyOpen, firstName: "Paul", lastName: "Mitron", phone: "04 78 00 00 01" };
    const added = await call("POST", "/api/v1/cfa/partners", cfa, { ...partner, email: "paul@au-pain-demo.fr" });
    expect(added.status).toBe(201);
    const { status, body: offer } = await publish(cfa, { partnerSiret: DEMO_SIRETS.companyOpen });
    expect(status).toBe(201);
    expect(offer).toMatchObject({ partnerSiret: DEMO_SIRETS.companyOpen, opco: { code: "EP" } });

    // Public view: the CFA and its contact stand in for the company, which stays anonymous.
    const view = await call("GET", `/api/v1/offers/${offer.id}`, null);
    expect(view.body.employer).toEqual({
      kind: "cfa",
      name: "CFA DEMO DES METIERS DE BOUCHE",
      contactEmail: "offres@cfa-test.fr",
      phone: "+33612345678",
    });
    const text = JSON.stringify(view.body);
    for (const secret of ["paul@au-pain-demo.fr", "Mitron", "AU PAIN DE DEMONSTRATION", "BOULANGERIE DEMO"]) {
      expect(text).not.toContain(secret);
    }
  });
});

// Last in this file: it disables the company the other tests publish with.
describe("an organisation that stops", () => {
  it("has its open offers closed when support disables it, and they leave the public view", async () => {
    const { body: offer } = await publish(company);
    const companyId = (await call("GET", "/api/v1/organisation", company)).body.organisation.id;
    expect((await call("GET", `/api/v1/offers/${offer.id}`, null)).status).toBe(200);
    const admin = await logIn(world.app, ADMIN_EMAIL);
    expect((await call("POST", `/api/v1/admin/organisations/${companyId}/disable`, admin)).status).toBe(200);
    expect((await call("GET", `/api/v1/offers/${offer.id}`, null)).status).toBe(404);
    const row = await database.db.select().from(offers).where(eq(offers.id, offer.id));
    expect(row[0]).toMatchObject({ status: "deleted", closeReason: "other" });
  });
});

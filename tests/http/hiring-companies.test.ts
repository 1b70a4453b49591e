import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCompanyFileSource } from "../../src/adapters/memory/hiring-company-file.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { aCompanyRow, line } from "../support/hiring-company-rows.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  newestEmail,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const rows = [1, 2, 3, 4].map((n) => aCompanyRow(n));
// Companies 3 and 4 share one email; company 2 has none known.
rows[1] = aCompanyRow(2, { email: "", telephone: "01 99 00 12 34" });
rows[2] = aCompanyRow(3, { email: "groupe@boulangerie.test" });
rows[3] = aCompanyRow(4, { email: "groupe@boulangerie.test" });
const [one, two, three, four] = rows.map((row) => row.siret) as [string, string, string, string];

const file = createMemoryCompanyFileSource({
  lines: [
    ...rows.map(line),
    line(aCompanyRow(5, { siret: "99130000000000" })),
    line(aCompanyRow(6, { naf: "10.7" })),
    line(aCompanyRow(7, { romes: [] })),
    line(aCompanyRow(8, { romes: [{ rome: "D1102", score: "120" }] })),
    line(aCompanyRow(9, { latitude: "" })),
    line({ ...aCompanyRow(1), enseigne: "Doublon" }),
    { kind: "unreadable" },
    line(aCompanyRow(10, { email: "pas-une-adresse" })),
  ],
});

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, {}, { companyFileSource: file });
});
afterAll(() => database.close());

let clients = 0;
const from = () => ({ incoming: { socket: { remoteAddress: `203.0.113.${++clients % 250}` } } });
const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await world.app.request(path, json("POST", body, headers), from());
  return { status: response.status, body: await response.json() };
};
const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await world.app.request(path, { headers });
  return { status: response.status, body: await response.json() };
};
const runImport = async () => (await post("/dev/jobs/companies:import", undefined)).body.summary;
const searchSirets = async () => {
  const found = await get("/api/v1/jobs/search?romes=D1102&latitude=48.8566&longitude=2.3522&radius=30");
  return (found.body.items as { kind: string; id: string }[]).filter((i) => i.kind === "company").map((i) => i.id);
};

describe("companies:import", () => {
  it("keeps the good rows, in the file's order, and counts the bad ones by reason", async () => {
    const summary = await runImport();
    expect(summary).toMatchObject({
      outcome: "applied",
      read: 12,
      kept: 5,
      rejected: {
        siret_invalide: 1,
        naf_invalide: 1,
        romes_absents: 1,
        romes_invalides: 1,
        coordonnees_invalides: 1,
        doublon: 1,
        ligne_illisible: 1,
      },
      dropped: { email_invalide: 1 },
    });
    expect(summary.message).toMatch(/^Entreprises importées : 12 lignes lues, 5 gardées, 7 rejetées/);
    expect((await searchSirets()).slice(0, 4)).toEqual([one, two, three, four]);
  });

  it("shows a company's detail without its email; canApply says whether one is known", async () => {
    const first = await get(`/api/v1/companies/${one}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ siret: one, name: "Boulangerie Test 1", romeCodes: ["D1102"], canApply: true });
    expect(JSON.stringify(first.body)).not.toContain("contact1@");
    expect((await get(`/api/v1/companies/${two}`)).body).toMatchObject({ canApply: false, phone: "01 99 00 12 34" });
    expect((await get("/api/v1/companies/99130000000091")).body.code).toBe("COMPANY_NOT_FOUND");
  });

  it("gives the fixtures from the live list", async () => {
    const fixtures = (await get("/dev/fixtures")).body;
    expect(fixtures.hiringCompany).toEqual({ siret: one, email: "contact1@boulangerie.test" });
    expect(fixtures.hiringCompaniesSharingEmail).toEqual({ email: "groupe@boulangerie.test", sirets: [three, four] });
  });

  it("changes nothing when the file breaks off or holds no good row", async () => {
    file.replace([line(aCompanyRow(11)), line(aCompanyRow(12))], 1);
    expect((await runImport()).outcome).toBe("unreadable");
    file.replace([{ kind: "unreadable" }]);
    expect((await runImport()).outcome).toBe("refused_empty");
    file.replace(null);
    expect((await runImport()).outcome).toBe("unreadable");
    expect((await searchSirets()).slice(0, 4)).toEqual([one, two, three, four]);
    file.replace(rows.map(line));
  });
});

describe("POST /api/v1/company-unsubscriptions", () => {
  it("answers 404 for an email no company has, 409 with the list when several share it", async () => {
    const none = await post("/api/v1/company-unsubscriptions", { email: "inconnu@test.fr", reason: "Trop de mails" });
    expect(none).toMatchObject({ status: 404, body: { code: "NO_COMPANY_FOR_EMAIL" } });
    const several = await post("/api/v1/company-unsubscriptions", { email: "groupe@boulangerie.test", reason: "x" });
    expect(several.status).toBe(409);
    expect(several.body).toMatchObject({ code: "SEVERAL_COMPANIES" });
    expect(several.body.companies).toEqual([
      { siret: three, name: "Boulangerie Test 3", city: "Paris" },
      { siret: four, name: "Boulangerie Test 4", city: "Paris" },
    ]);
    const foreign = { email: "groupe@boulangerie.test", reason: "x", sirets: [three, one] };
    expect((await post("/api/v1/company-unsubscriptions", foreign)).status).toBe(404);
  });

  it("emails a link whose page changes nothing; its POST takes the company out of search for good", async () => {
    const asked = await post("/api/v1/company-unsubscriptions", {
      email: "groupe@boulangerie.test",
      reason: "Nous ne recrutons pas",
      sirets: [three],
    });
    expect(asked.status).toBe(202);
    const email = await newestEmail(world.app, "groupe@boulangerie.test");
    expect(email.subject).toBe("Confirmez le déréférencement de votre entreprise");
    expect(email.link).toBe(`https://api.lba.test/entreprises/desinscription/${email.token}`);
    const page = await world.app.request(`/entreprises/desinscription/${email.token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Boulangerie Test 3");
    expect(await searchSirets()).toContain(three);
    const confirmed = await world.app.request(`/entreprises/desinscription/${email.token}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(confirmed.status).toBe(200);
    expect(await searchSirets()).not.toContain(three);
    expect((await get(`/api/v1/companies/${three}`)).status).toBe(404);
    expect((await post(`/api/v1/company-unsubscriptions/${email.token}`, undefined)).status).toBe(401);
    await runImport();
    expect(await searchSirets()).not.toContain(three);
    expect(await searchSirets()).toContain(four);
  });
});

describe("company update requests", () => {
  let support: string;
  beforeAll(async () => {
    support = await logIn(world.app, ADMIN_EMAIL);
  });

  it("refuses an unknown SIRET and a request changing nothing", async () => {
    const unknown = { siret: "99130000000091", phone: "01 99 00 00 01", requesterEmail: "a@b.fr" };
    expect((await post("/api/v1/company-update-requests", unknown)).body.code).toBe("COMPANY_NOT_FOUND");
    const empty = { siret: two, requesterEmail: "a@b.fr" };
    expect((await post("/api/v1/company-update-requests", empty)).body.code).toBe("VALIDATION_FAILED");
  });

  it("applies an approved change at once and keeps it across imports; deciding twice is 409", async () => {
    const asked = await post("/api/v1/company-update-requests", {
      siret: two,
      email: "Recrutement@Boulangerie2.test",
      requesterEmail: "gerant@boulangerie2.test",
    });
    expect(asked.status).toBe(202);
    expect((await get(`/api/v1/companies/${two}`)).body.canApply).toBe(false);
    const listed = await get("/api/v1/admin/company-update-requests?status=pending", bearer(support));
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(asked.body.id);
    const path = `/api/v1/admin/company-update-requests/${asked.body.id}`;
    const approved = await post(`${path}/approve`, undefined, bearer(support));
    expect(approved).toMatchObject({ status: 200, body: { status: "approved" } });
    expect((await get(`/api/v1/companies/${two}`)).body.canApply).toBe(true);
    expect((await post(`${path}/approve`, undefined, bearer(support))).body.code).toBe(
      "UPDATE_REQUEST_ALREADY_DECIDED",
    );
    expect((await post(`${path}/reject`, undefined, bearer(support))).status).toBe(409);
    const told = await newestEmail(world.app, "gerant@boulangerie2.test");
    expect(told.subject).toBe("Les coordonnées de votre entreprise ont été mises à jour");
    await runImport();
    expect((await get(`/api/v1/companies/${two}`)).body).toMatchObject({ canApply: true, phone: "01 99 00 12 34" });
  });

  it("tells the requester of a rejection; only support decides", async () => {
    const asked = await post("/api/v1/company-update-requests", {
      siret: one,
      phone: "01 99 00 00 02",
      requesterEmail: "autre@boulangerie1.test",
    });
    const path = `/api/v1/admin/company-update-requests/${asked.body.id}`;
    const { accessToken } = await registerAndLogIn(world);
    expect((await post(`${path}/reject`, undefined, bearer(accessToken))).status).toBe(403);
    expect((await post(`${path}/reject`, undefined, bearer(support))).body.status).toBe("rejected");
    const told = await newestEmail(world.app, "autre@boulangerie1.test");
    expect(told.subject).toBe("Votre demande de modification des coordonnées n’a pas été acceptée");
    expect((await get(`/api/v1/companies/${one}`)).body.phone).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { aPdfCv } from "../../../support/cv-files.ts";
import { registerAndLogIn } from "../../../support/identity-app.ts";
import { type ApplicationTestApp, aCandidate, createApplicationTestApp } from "../../../support/job-application-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import { postForm, withCookie } from "../espace-pro-access/support.ts";

let database: DatabaseHandle;
let world: ApplicationTestApp;
let cookie: string;
let applicationId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createApplicationTestApp(database);
  cookie = `session=${world.recruiter.accessToken}`;
  const sent = await world.apply(aCandidate({ offerId: world.offer.id }, { email: "lea.console@example.fr" }), {
    filename: "CV Léa.pdf",
    bytes: aPdfCv(),
  });
  applicationId = ((await sent.json()) as { id: string }).id;
}, 60_000);
afterAll(() => database.close());

const listPath = () => `/espace-pro/offres/${world.offer.id}/candidatures`;

describe("the applications of an offer in the recruiter's space", () => {
  it("lists each application with the candidate's contact, message, CV link, status and notes", async () => {
    const response = await world.app.request(listPath(), withCookie(cookie));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h2>Léa Martin</h2>");
    expect(page).toContain('href="mailto:lea.console@example.fr"');
    expect(page).toMatch(/href="\/api\/v1\/cv-downloads\/[^"]+" download="CV Léa.pdf"/);
    expect(page).toContain(`name="statut-${applicationId}"`);
    const console = await (await world.app.request("/espace-pro", withCookie(cookie))).text();
    expect(console).toContain(`href="${listPath()}"`);
  });

  it("downloads the CV through the page's link with the session cookie", async () => {
    const page = await (await world.app.request(listPath(), withCookie(cookie))).text();
    const link = page.match(/href="(\/api\/v1\/cv-downloads\/[^"]+)"/)?.[1] ?? "";
    const download = await world.app.request(link, withCookie(cookie));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
  });

  it("saves a status and notes, then refuses a move the pipeline does not allow, changing nothing", async () => {
    const saved = await world.app.request(
      `${listPath()}/${applicationId}`,
      postForm({ [`statut-${applicationId}`]: "interview", [`notes-${applicationId}`]: "À rappeler lundi" }, cookie),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${listPath()}?fait=enregistree#candidature-${applicationId}`);
    const page = await (await world.app.request(listPath(), withCookie(cookie))).text();
    expect(page).toMatch(/<option value="interview" selected="">Entretien<\/option>/);
    expect(page).toContain("À rappeler lundi</textarea>");

    const backwards = await world.app.request(
      `${listPath()}/${applicationId}`,
      postForm({ [`statut-${applicationId}`]: "new", [`notes-${applicationId}`]: "À rappeler lundi" }, cookie),
    );
    expect(backwards.status).toBe(409);
    expect(await backwards.text()).toContain("ne peut pas passer au statut « nouvelle »");
  });

  it("is a 404 page for a member of another organisation", async () => {
    const other = await registerAndLogIn(world, { email: "autre+candidatures@example.fr" });
    const response = await world.app.request(listPath(), withCookie(`session=${other.accessToken}`));
    expect(response.status).toBe(404);
  });
});

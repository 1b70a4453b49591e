import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { aPdfCv, aPdfOfSize, aPng } from "../../../support/cv-files.ts";
import {
  type ApplicationTestApp,
  aCandidate,
  COMPANIES_WITH_EMAIL,
  COMPANY_WITHOUT_EMAIL,
  createApplicationTestApp,
  RECRUITER_EMAIL,
} from "../../../support/job-application-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";

let database: DatabaseHandle;
let world: ApplicationTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createApplicationTestApp(database);
}, 60_000);
afterAll(() => database.close());

let candidates = 0;
const someone = () => `candidat-page${++candidates}@example.fr`;

/** The website's form as a browser sends it: multipart, with a file input even when nothing was chosen. */
function postOnPage(fields: Record<string, string>, cv: { filename: string; bytes: Uint8Array } | null) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const bytes = (cv?.bytes ?? new Uint8Array()) as Uint8Array<ArrayBuffer>;
  form.set("cv", new Blob([bytes], { type: cv ? "application/pdf" : "application/octet-stream" }), cv?.filename ?? "");
  return world.app.request("/candidater", { method: "POST", body: form });
}

describe("the apply form page", () => {
  it("shows the offer's title and company, the CV's type and size before sending, and carries the offer in the form", async () => {
    const response = await world.app.request(`/candidater?offre=${world.offer.id}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>Postuler à cette offre</h1>");
    expect(page).toContain(`name="offerId" value="${world.offer.id}"`);
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain("Un fichier PDF ou Word (.docx) de 3 Mo au plus.");
    expect(page).toContain('accept=".pdf,.docx,');
    for (const label of ["Prénom", "Nom", "Adresse e-mail", "Téléphone (facultatif)", "Votre CV"]) {
      expect(page).toContain(`>${label}<`);
    }
  });

  it("sends the application with its CV, answers 303 to the confirmation, and the company gets the email", async () => {
    const email = someone();
    const response = await postOnPage(aCandidate({ offerId: world.offer.id }, { email }), {
      filename: "cv.pdf",
      bytes: aPdfCv(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/candidater/envoyee#contenu");
    const confirmation = await (await world.app.request("/candidater/envoyee")).text();
    expect(confirmation).toContain("<h1>Candidature envoyée</h1>");
    const [toCompany] = await world.mailTo(RECRUITER_EMAIL);
    expect(toCompany?.text).toContain(email);
    expect(toCompany?.links.some((link) => link.includes("/candidatures/reponse/"))).toBe(true);
  });

  it("refuses missing fields and a missing CV next to each field, keeps what was typed, and sends nothing", async () => {
    const email = someone();
    const response = await postOnPage(aCandidate({ offerId: world.offer.id }, { email, firstName: "" }), null);
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('id="erreurs"');
    expect(page).toContain('<a href="#champ-firstName">Indiquez votre prénom.</a>');
    expect(page).toContain('<a href="#champ-cv">Joignez votre CV (un fichier PDF ou Word).</a>');
    expect(page).toContain(`value="${email}"`);
    expect(page).toContain("Joignez-le de nouveau");
    expect(await world.mailTo(email)).toEqual([]);
  });

  it("puts the use case's refusals next to their field: a file that is not a CV, a disposable address", async () => {
    const notACv = await postOnPage(aCandidate({ offerId: world.offer.id }, { email: someone() }), {
      filename: "cv.pdf",
      bytes: aPng(),
    });
    expect(notACv.status).toBe(422);
    expect(await notACv.text()).toMatch(/id="champ-cv-erreur">[^<]*PDF ou Word/);
    const disposable = await postOnPage(aCandidate({ offerId: world.offer.id }, { email: "x@jetable.test" }), {
      filename: "cv.pdf",
      bytes: aPdfCv(),
    });
    expect(disposable.status).toBe(422);
    expect(await disposable.text()).toMatch(/id="champ-email-erreur">Les adresses e-mail jetables/);
  });

  it("stops reading a CV over the limit: 413 page, the connection closed, nothing sent", async () => {
    const email = someone();
    const response = await postOnPage(aCandidate({ offerId: world.offer.id }, { email }), {
      filename: "cv.pdf",
      bytes: aPdfOfSize(3 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.text()).toContain("<h1>CV trop volumineux</h1>");
    expect(await world.mailTo(email)).toEqual([]);
  });

  it("offers a spontaneous application to a company with an email, and none to one without", async () => {
    const withEmail = COMPANIES_WITH_EMAIL[0]?.siret;
    const page = await (await world.app.request(`/candidater?entreprise=${withEmail}`)).text();
    expect(page).toContain("<h1>Candidature spontanée</h1>");
    expect(page).toContain(`name="companySiret" value="${withEmail}"`);
    const without = await world.app.request(`/candidater?entreprise=${COMPANY_WITHOUT_EMAIL.siret}`);
    expect(without.status).toBe(422);
    expect(await without.text()).toContain("ne nous a pas donné d’adresse e-mail");
  });

  it("answers 404 for an address naming no target, several, or an unknown one", async () => {
    for (const query of ["", "?offre=inconnue", `?offre=${world.offer.id}&entreprise=12345678900011`]) {
      const response = await world.app.request(`/candidater${query}`);
      expect(response.status, query).toBe(404);
      expect(await response.text()).toContain("<h1>Destinataire introuvable</h1>");
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { createIdentityTestApp, type IdentityTestApp } from "../../../support/identity-app.ts";
import { signUpTheDemoBakery } from "../../../support/offer-search-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import {
  runCatalogueImport,
  TEST_TRAINING_PROVIDERS,
  testCatalogueSource,
} from "../../../support/training-builders.ts";
import { postForm, withCookie } from "../espace-pro-access/support.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
let cookie: string;
beforeAll(async () => {
  database = await createTestDatabase();
  // The training establishments come from a scripted catalogue: two Qualiopi CFAs train for D1102 near Lyon.
  world = await createIdentityTestApp(database, {}, { trainingCatalogueSource: testCatalogueSource() });
  await runCatalogueImport(world.app);
  const { accessToken } = await signUpTheDemoBakery(world.app, "publier@boulangerie-demo.test");
  cookie = `session=${accessToken}`;
}, 60_000);
afterAll(() => database.close());

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const anOffer = (overrides: Record<string, string> = {}) => ({
  metier: "boulanger",
  romeCode: "",
  appellation: "",
  metierChoisi: "",
  contractTypes: "apprentissage",
  diplomaLevel: "3",
  startDate: inTwoWeeks(),
  durationMonths: "24",
  openings: "1",
  workplaceAddress: "",
  employerDescription: "",
  ...overrides,
});

async function publish(fields: Record<string, string>) {
  return world.app.request("/espace-pro/offres/nouvelle", postForm(fields, cookie));
}

describe("publishing and editing an offer in the console", () => {
  it("publishes the typed métier's best fiche, then shows the generated description, editable", async () => {
    const response = await publish(anOffer());
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/espace-pro\/offres\/[^/?]+\?fait=publiee#contenu$/);
    const page = await (await world.app.request(location.replace(/#.*/, ""), withCookie(cookie))).text();
    expect(page).toContain("Votre offre est en ligne");
    expect(page).toMatch(/<textarea id="champ-description" name="description"[^>]*>[^<]{40,}<\/textarea>/);
    expect(page).toContain('name="romeCode" value="D1102"');
    expect(page).toContain("Transmettre votre besoin aux centres de formation proches");
  });

  it("saves an edited description and says so; the public page shows it", async () => {
    const created = await publish(anOffer());
    const path = (created.headers.get("location") ?? "").replace(/\?.*/, "");
    const form = await (await world.app.request(path, withCookie(cookie))).text();
    const field = (name: string) => form.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? "";
    const saved = await world.app.request(
      path,
      postForm(
        {
          ...anOffer({
            metier: field("metierChoisi"),
            romeCode: field("romeCode"),
            metierChoisi: field("metierChoisi"),
          }),
          appellation: field("appellation"),
          version: field("version"),
          description: "Notre fournil cherche son apprenti.",
        },
        cookie,
      ),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${path}?fait=modifiee#contenu`);
    const offerId = path.split("/").pop();
    expect(await (await world.app.request(`/offres/${offerId}`)).text()).toContain(
      "Notre fournil cherche son apprenti.",
    );
  });

  it("refuses missing and out-of-range fields next to each, in the order of the form, and publishes nothing", async () => {
    const before = await (await world.app.request("/espace-pro?onglet=actives", withCookie(cookie))).text();
    const response = await publish(anOffer({ metier: "", contractTypes: "", durationMonths: "48", startDate: "" }));
    expect(response.status).toBe(422);
    const page = await response.text();
    const summary = page.slice(page.indexOf('id="erreurs"'), page.indexOf("</ul></div>"));
    expect([...summary.matchAll(/href="#champ-(\w+)"/g)].map((match) => match[1])).toEqual([
      "metier",
      "contractTypes",
      "startDate",
    ]);
    const after = await (await world.app.request("/espace-pro?onglet=actives", withCookie(cookie))).text();
    expect(after.match(/Offres actives \(\d+\)/)?.[0]).toBe(before.match(/Offres actives \(\d+\)/)?.[0]);
  });

  it("takes a start date typed as JJ/MM/AAAA (a browser without a date input)", async () => {
    const [year, month, day] = inTwoWeeks().split("-");
    const response = await publish(anOffer({ startDate: `${day}/${month}/${year}` }));
    expect(response.status).toBe(303);
  });

  it("puts the domain's refusals next to their field: a duration out of range", async () => {
    const response = await publish(anOffer({ durationMonths: "48" }));
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="champ-durationMonths-erreur">[^<]*36/);
  });

  it("shares the offer with the ticked nearby centre (303), which then shows as already told", async () => {
    const [near] = TEST_TRAINING_PROVIDERS;
    const created = await publish(anOffer());
    const path = (created.headers.get("location") ?? "").replace(/\?.*/, "");
    const before = await (await world.app.request(path, withCookie(cookie))).text();
    expect(before).toContain(`name="sirets" value="${near?.siret}"`);
    const shared = await world.app.request(`${path}/centres`, postForm({ sirets: near?.siret ?? "" }, cookie));
    expect(shared.status).toBe(303);
    expect(shared.headers.get("location")).toBe(`${path}?fait=transmise#contenu`);
    const after = await (await world.app.request(`${path}?fait=transmise`, withCookie(cookie))).text();
    expect(after).toContain("Votre besoin a été transmis");
    expect(after).toContain(`${near?.legalName}`);
    expect(after).toContain("(déjà transmis)");
  });

  it("sends a visitor without a session to the login page", async () => {
    const response = await world.app.request("/espace-pro/offres/nouvelle");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("/espace-pro/connexion?suite=");
  });
});

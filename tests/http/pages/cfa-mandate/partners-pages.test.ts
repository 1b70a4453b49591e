import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { createIdentityTestApp, type IdentityTestApp, registerAndLogIn } from "../../../support/identity-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import { postForm, withCookie } from "../espace-pro-access/support.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
}, 60_000);
afterAll(() => database.close());

const PATH = "/espace-pro/entreprises-partenaires";
const aPartner = (overrides: Record<string, string> = {}) => ({
  siret: DEMO_SIRETS.companyOpen,
  firstName: "Camille",
  lastName: "Durand",
  email: "camille.durand@boulangerie-exemple.fr",
  phone: "06 98 76 54 32",
  ...overrides,
});

describe("a CFA's partner companies page", () => {
  it("adds a partner (303, then listed with 'Publier une offre' for it), and refuses the same SIRET twice", async () => {
    const cfa = await registerAndLogIn(world, { kind: "cfa", email: "nadia@cfa-pages.fr", name: "CFA Pages" });
    const cookie = `session=${cfa.accessToken}`;
    const added = await world.app.request(PATH, postForm(aPartner(), cookie));
    expect(added.status).toBe(303);
    expect(added.headers.get("location")).toBe(`${PATH}?fait=ajoutee#contenu`);
    const page = await (await world.app.request(`${PATH}?fait=ajoutee`, withCookie(cookie))).text();
    expect(page).toContain("L’entreprise est ajoutée");
    expect(page).toContain(`href="/espace-pro/offres/nouvelle?partenaire=${DEMO_SIRETS.companyOpen}"`);
    const console = await (await world.app.request("/espace-pro", withCookie(cookie))).text();
    expect(console).toContain(`href="${PATH}"`);

    const again = await world.app.request(PATH, postForm(aPartner(), cookie));
    expect(again.status).toBe(422);
    expect(await again.text()).toMatch(/id="champ-siret-erreur">[^<]+/);
  });

  it("refuses the CFA's own contact next to the field, and a malformed phone, keeping what was typed", async () => {
    const cfa = await registerAndLogIn(world, { kind: "cfa", email: "yanis@cfa-contact.fr", name: "CFA Contact" });
    const cookie = `session=${cfa.accessToken}`;
    const own = await world.app.request(PATH, postForm(aPartner({ email: "yanis@cfa-contact.fr" }), cookie));
    expect(own.status).toBe(422);
    expect(await own.text()).toMatch(/id="champ-email-erreur">[^<]*la vôtre/);
    const phone = await world.app.request(PATH, postForm(aPartner({ phone: "12" }), cookie));
    expect(phone.status).toBe(422);
    const page = await phone.text();
    expect(page).toContain('<a href="#champ-phone">');
    expect(page).toContain('value="Camille"');
  });

  it("tells a company account that partners are a CFA's (403)", async () => {
    const company = await registerAndLogIn(world, { email: "zoe@boulangerie-pages.fr" });
    const response = await world.app.request(PATH, withCookie(`session=${company.accessToken}`));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<h1>Réservé aux organismes de formation</h1>");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { aRegistration, createIdentityTestApp, type IdentityTestApp } from "../../../support/identity-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import { confirmLoginLink, cookieOf, fromAnywhere, mailboxOf, postForm, sessionOf, withCookie } from "./support.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

async function signedUp(email: string) {
  const input = aRegistration({ email });
  await world.register(input);
  await mailboxOf(world.app, email); // the welcome email, out of the way
  return input;
}

describe("GET/POST /espace-pro/connexion", () => {
  it("shows the email form, keeps `suite`, and offers to create an account", async () => {
    const response = await world.app.request("/espace-pro/connexion?suite=%2Fespace-pro%2Fmembres");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Connexion à votre espace recruteur ou CFA</h1>");
    expect(html).toContain('<form method="post" action="/espace-pro/connexion#erreurs"');
    expect(html).toContain('<label for="champ-email">Adresse e-mail');
    expect(html).toMatch(/<input id="champ-email" name="email" type="email"[^>]*autocomplete="email"/);
    expect(html).toContain('<input type="hidden" name="suite" value="/espace-pro/membres"/>');
    expect(html).toContain('<button type="submit">Recevoir un lien de connexion</button>');
    expect(html).toContain('href="/espace-pro/inscription">Créer un compte</a>');
  });

  it("answers the same for a known and an unknown address, and the known one receives a link", async () => {
    const known = "connue+connexion@example.fr";
    await signedUp(known);
    const locations: (string | null)[] = [];
    for (const email of [known, "inconnue+connexion@example.fr"]) {
      const response = await world.app.request("/espace-pro/connexion", postForm({ email }), fromAnywhere());
      expect(response.status).toBe(303);
      locations.push(response.headers.get("location"));
    }
    expect(locations[0]).toBe(locations[1]);
    const page = await world.app.request(locations[0] ?? "");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Vérifiez votre boîte mail</h1>");
    expect(html).toContain("Si un compte existe pour cette adresse");
    expect(html).toContain("valable 60 minutes");
    expect((await mailboxOf(world.app, known)).length).toBe(2);
    expect(await mailboxOf(world.app, "inconnue+connexion@example.fr")).toEqual([]);
  });

  it("refuses an empty or malformed address with the summary and the field's message, keeping what was typed", async () => {
    for (const [email, message] of [
      ["", "Indiquez votre adresse e-mail."],
      ["pas-une-adresse", "L’adresse e-mail n’est pas valide"],
    ] as const) {
      const response = await world.app.request("/espace-pro/connexion", postForm({ email }), fromAnywhere());
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toContain('<div class="alert" role="alert" id="erreurs" tabindex="-1">');
      expect(html).toContain(`<a href="#champ-email">${message}`);
      expect(html).toContain('aria-invalid="true"');
      if (email) expect(html).toContain(`value="${email}"`);
    }
  });

  it("brings the person to the console after the email's link, or to the page they wanted (`suite`)", async () => {
    const email = "suite+connexion@example.fr";
    await signedUp(email);
    const asked = await world.app.request(
      "/espace-pro/connexion",
      postForm({ email, suite: "/espace-pro/membres" }),
      fromAnywhere(),
    );
    const remembered = cookieOf(asked, "suite");
    expect(decodeURIComponent(remembered)).toBe("suite=/espace-pro/membres");
    const back = await confirmLoginLink(world.app, email, remembered);
    expect(back.response.status).toBe(303);
    expect(back.response.headers.get("location")).toBe("/espace-pro/membres");
    expect(back.session).toMatch(/^session=.+/);

    await world.app.request("/espace-pro/connexion", postForm({ email }), fromAnywhere());
    const plain = await confirmLoginLink(world.app, email);
    expect(plain.response.headers.get("location")).toBe("/espace-pro");
  });

  it("never sends the person to another site through `suite`", async () => {
    const email = "ailleurs+connexion@example.fr";
    await signedUp(email);
    const asked = await world.app.request(
      "/espace-pro/connexion",
      postForm({ email, suite: "//pirate.example/x" }),
      fromAnywhere(),
    );
    const back = await confirmLoginLink(world.app, email, cookieOf(asked, "suite"));
    expect(back.response.headers.get("location")).toBe("/espace-pro");
  });

  it("sends a person already signed in straight on", async () => {
    const email = "deja+connexion@example.fr";
    await signedUp(email);
    const session = await sessionOf(world.app, email);
    const response = await world.app.request(
      "/espace-pro/connexion?suite=%2Fespace-pro%2Fmembres",
      withCookie(session),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/espace-pro/membres");
  });
});

describe("POST /espace-pro/deconnexion", () => {
  it("closes the session, clears the cookie and goes home", async () => {
    const email = "sortie+connexion@example.fr";
    await signedUp(email);
    const session = await sessionOf(world.app, email);
    const response = await world.app.request("/espace-pro/deconnexion", postForm({}, session));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.getSetCookie().join("\n")).toMatch(/session=;.*Max-Age=0/);
    expect((await world.app.request("/api/v1/me", withCookie(session))).status).toBe(401);
    const space = await world.app.request("/espace-pro/mes-informations", withCookie(session));
    expect(space.status).toBe(303);
    expect(space.headers.get("location")).toBe("/espace-pro/connexion?suite=%2Fespace-pro%2Fmes-informations");
  });

  it("goes home too without a session", async () => {
    const response = await world.app.request("/espace-pro/deconnexion", postForm({}));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });
});

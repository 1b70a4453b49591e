import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import {
  aRegistration,
  createIdentityTestApp,
  type IdentityTestApp,
  newestEmail,
} from "../../../support/identity-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import { cookieOf, mailboxOf, postForm, sessionOf, withCookie } from "./support.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

/** A confirmed organisation whose first member (an admin) is signed in. */
async function anAdmin(email: string, name?: string) {
  const input = aRegistration({ email, name });
  const registered = await world.register(input);
  if (!registered.ok) throw new Error(registered.error.code);
  const session = await sessionOf(world.app, email);
  return { session, organisationId: registered.value.organisationId, input };
}

/** `email` invited by the admin, the invitation's page validated, then signed in. */
async function aColleague(adminSession: string, email: string) {
  await world.app.request("/espace-pro/membres/inviter", postForm({ email }, adminSession));
  const { link } = await newestEmail(world.app, email);
  const accepted = await world.app.request(new URL(link).pathname, postForm({}));
  expect(accepted.status).toBeLessThan(400);
  return sessionOf(world.app, email);
}

describe("/espace-pro/membres", () => {
  it("lists the members; an admin invites by email, sees the success notice, and removes a member", async () => {
    const admin = await anAdmin("admin+membres@example.fr", "Boulangerie des Membres");
    const page = await world.app.request("/espace-pro/membres", withCookie(admin.session));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Membres de Boulangerie des Membres</h1>");
    expect(html).toContain("Mon espace (Boulangerie des Membres)");
    expect(html).toContain("Zoé Martin (vous)");
    expect(html).toContain("<td>Administrateur</td>");
    expect(html).toContain('<form method="post" action="/espace-pro/membres/inviter#erreurs"');
    expect(html).toContain('<label for="champ-email">Adresse e-mail de votre collègue');

    const invited = await world.app.request(
      "/espace-pro/membres/inviter",
      postForm({ email: "collegue+membres@example.fr" }, admin.session),
    );
    expect(invited.status).toBe(303);
    expect(invited.headers.get("location")).toBe("/espace-pro/membres?fait=invitation");
    const notice = await (
      await world.app.request("/espace-pro/membres?fait=invitation", withCookie(admin.session))
    ).text();
    expect(notice).toContain("Invitation envoyée");
    const [invitation] = await mailboxOf(world.app, "collegue+membres@example.fr");
    expect(invitation?.text).toContain("/invitation/");

    const accepted = await world.app.request(
      new URL((await newestEmail(world.app, "collegue+membres@example.fr")).link).pathname,
      postForm({}),
    );
    expect(accepted.status).toBeLessThan(400);
    const members = await (await world.app.request("/espace-pro/membres", withCookie(admin.session))).text();
    expect(members).toContain("2 personnes gèrent cet établissement");
    const colleagueId = /name="membre" value="([^"]+)"\/><button type="submit" class="button-secondary">Retirer/.exec(
      members,
    )?.[1];
    expect(colleagueId).toBeTruthy();
    const removed = await world.app.request(
      "/espace-pro/membres/retirer",
      postForm({ membre: colleagueId ?? "" }, admin.session),
    );
    expect(removed.status).toBe(303);
    expect(removed.headers.get("location")).toBe("/espace-pro/membres?fait=retrait");
    expect(await (await world.app.request("/espace-pro/membres", withCookie(admin.session))).text()).toContain(
      "1 personne gère cet établissement",
    );
  });

  it("refuses a malformed invitation address next to the field, and an existing member", async () => {
    const admin = await anAdmin("admin2+membres@example.fr");
    const bad = await world.app.request(
      "/espace-pro/membres/inviter",
      postForm({ email: "pas-une-adresse" }, admin.session),
    );
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('<a href="#champ-email">');
    expect(html).toContain('value="pas-une-adresse"');
    const self = await world.app.request(
      "/espace-pro/membres/inviter",
      postForm({ email: "admin2+membres@example.fr" }, admin.session),
    );
    expect(self.status).toBe(422);
    expect(await self.text()).toContain("Cette personne est déjà membre de cette organisation.");
  });

  it("shows a plain member no admin action, lets them leave, and refuses the last admin leaving", async () => {
    const admin = await anAdmin("admin3+membres@example.fr");
    const colleague = await aColleague(admin.session, "membre3+membres@example.fr");
    const html = await (await world.app.request("/espace-pro/membres", withCookie(colleague))).text();
    expect(html).not.toContain("/espace-pro/membres/inviter");
    expect(html).not.toContain(">Retirer<");
    expect(html).toContain("Seuls les administrateurs de l’établissement peuvent inviter ou retirer des membres.");
    expect(html).toContain("Quitter l’établissement");

    const adminPage = await (await world.app.request("/espace-pro/membres", withCookie(admin.session))).text();
    const adminId = /name="membre" value="([^"]+)"\/><button type="submit" class="button-secondary">Quitter/.exec(
      adminPage,
    )?.[1];
    const lastAdmin = await world.app.request(
      "/espace-pro/membres/retirer",
      postForm({ membre: adminId ?? "" }, admin.session),
    );
    expect(lastAdmin.status).toBe(409);
    expect(await lastAdmin.text()).toContain("Vous êtes le dernier administrateur");

    const colleagueId = /name="membre" value="([^"]+)"\/><button type="submit" class="button-secondary">Quitter/.exec(
      html,
    )?.[1];
    const left = await world.app.request(
      "/espace-pro/membres/retirer",
      postForm({ membre: colleagueId ?? "" }, colleague),
    );
    expect(left.status).toBe(303);
    expect(left.headers.get("location")).toBe("/espace-pro");
    const after = await (await world.app.request("/espace-pro/membres", withCookie(colleague))).text();
    expect(after).toContain("Vous n’êtes membre d’aucun établissement actif");
  });

  it("sends a visitor without a session to the login page, back here afterwards", async () => {
    const response = await world.app.request("/espace-pro/membres");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/espace-pro/connexion?suite=%2Fespace-pro%2Fmembres");
  });
});

describe("/espace-pro/organisation", () => {
  it("asks a person in two organisations which one, remembers it, and brings them back", async () => {
    const email = "double+organisation@example.fr";
    const first = await world.register(aRegistration({ email, name: "Première Boulangerie" }));
    const second = await world.register(aRegistration({ email, name: "Seconde Pâtisserie" }));
    if (!first.ok || !second.ok) throw new Error("registration failed");
    const session = await sessionOf(world.app, email);

    const members = await world.app.request("/espace-pro/membres", withCookie(session));
    expect(members.status).toBe(303);
    const chooserPath = members.headers.get("location") ?? "";
    expect(chooserPath).toBe("/espace-pro/organisation?suite=%2Fespace-pro%2Fmembres");
    const chooser = await (await world.app.request(chooserPath, withCookie(session))).text();
    expect(chooser).toContain("<legend>Établissement</legend>");
    expect(chooser).toContain("Première Boulangerie (entreprise)");
    expect(chooser).toContain("Seconde Pâtisserie (entreprise)");
    expect(chooser).toContain('<input type="hidden" name="suite" value="/espace-pro/membres"/>');

    const refused = await world.app.request(
      "/espace-pro/organisation",
      postForm({ organisation: "pas-la-mienne", suite: "/espace-pro/membres" }, session),
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Choisissez l’un de vos établissements.");

    const chosen = await world.app.request(
      "/espace-pro/organisation",
      postForm({ organisation: second.value.organisationId, suite: "/espace-pro/membres" }, session),
    );
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get("location")).toBe("/espace-pro/membres");
    const organisation = cookieOf(chosen, "organisation");
    expect(organisation).toBe(`organisation=${second.value.organisationId}`);
    const page = await world.app.request("/espace-pro/membres", withCookie(`${session}; ${organisation}`));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>Membres de Seconde Pâtisserie</h1>");
  });

  it("sends a person with one organisation straight on", async () => {
    const { session } = await anAdmin("seule+organisation@example.fr");
    const response = await world.app.request(
      "/espace-pro/organisation?suite=%2Fespace-pro%2Fmembres",
      withCookie(session),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/espace-pro/membres");
  });
});

describe("/espace-pro/mes-informations", () => {
  it("shows the person's details in the form, saves a change and confirms it", async () => {
    const { session } = await anAdmin("infos+informations@example.fr", "Fournil des Infos");
    const page = await world.app.request("/espace-pro/mes-informations", withCookie(session));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Mes informations</h1>");
    expect(html).toContain("<dd>Fournil des Infos</dd>");
    expect(html).toMatch(/name="firstName"[^>]*value="Zoé"|value="Zoé"[^>]*name="firstName"/);
    expect(html).toContain('value="06 12 34 56 78"');
    expect(html).toContain('<input type="hidden" name="version" value="');

    const version = /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";
    const fields = {
      firstName: "Zoé",
      lastName: "Martin-Durand",
      phone: "07 98 76 54 32",
      email: "infos+informations@example.fr",
      version,
    };
    const saved = await world.app.request("/espace-pro/mes-informations", postForm(fields, session));
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/espace-pro/mes-informations?fait=enregistre");
    const after = await (
      await world.app.request("/espace-pro/mes-informations?fait=enregistre", withCookie(session))
    ).text();
    expect(after).toContain("Vos informations sont enregistrées.");
    expect(after).toContain('value="Martin-Durand"');
    expect(after).toContain('value="07 98 76 54 32"');

    const stale = await world.app.request(
      "/espace-pro/mes-informations",
      postForm({ ...fields, lastName: "Autre" }, session),
    );
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("viennent d’être modifiées par ailleurs");
  });

  it("sends a new address a confirmation link and says so; refuses a bad phone next to the field", async () => {
    const { session } = await anAdmin("ancienne+informations@example.fr");
    const html = await (await world.app.request("/espace-pro/mes-informations", withCookie(session))).text();
    const version = /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";
    const fields = { firstName: "Zoé", lastName: "Martin", phone: "06 12 34 56 78", version };
    const bad = await world.app.request(
      "/espace-pro/mes-informations",
      postForm({ ...fields, phone: "12", email: "ancienne+informations@example.fr" }, session),
    );
    expect(bad.status).toBe(422);
    const refused = await bad.text();
    expect(refused).toContain('<a href="#champ-phone">Numéro de téléphone français invalide');
    expect(refused).toContain('value="12"');

    const moved = await world.app.request(
      "/espace-pro/mes-informations",
      postForm({ ...fields, email: "nouvelle+informations@example.fr" }, session),
    );
    expect(moved.headers.get("location")).toBe("/espace-pro/mes-informations?fait=email");
    const [confirmation] = await mailboxOf(world.app, "nouvelle+informations@example.fr");
    expect(confirmation?.text).toContain("/confirmation-email/");
  });
});

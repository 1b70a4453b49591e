import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  aRegistration,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  newestEmail,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const path = (link: string) => new URL(link).pathname;
const post = (link: string) => world.app.request(path(link), { method: "POST" });
const me = async (token: string) => (await world.app.request("/api/v1/me", { headers: bearer(token) })).json();

describe("/connexion/{token}", () => {
  it("GET explains and changes nothing; POST logs in with the session cookie; a second POST is refused", async () => {
    const input = aRegistration();
    await world.register(input);
    const { link } = await newestEmail(world.app, input.member.email);
    for (let i = 0; i < 2; i++) {
      const page = await world.app.request(path(link));
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("<h1>Se connecter à La bonne alternance</h1>");
      expect(html).toContain('<button type="submit">Me connecter</button>');
    }
    const done = await post(link);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/espace-pro");
    const cookie = done.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^session=.+; HttpOnly; Secure; SameSite=Lax$/);
    const token = cookie.split(";")[0]?.slice("session=".length) ?? "";
    expect((await world.app.request("/api/v1/me", { headers: { cookie: `session=${token}` } })).status).toBe(200);
    const again = await post(link);
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("Ce lien a déjà été utilisé");
  });

  it("explains an expired link with a 401 page", async () => {
    const input = aRegistration();
    await world.register(input);
    const { link } = await newestEmail(world.app, input.member.email);
    world.clock.advance(61 * 60_000);
    const page = await world.app.request(path(link));
    world.clock.advance(-61 * 60_000);
    expect(page.status).toBe(401);
    expect(await page.text()).toContain("<h1>Ce lien a expiré</h1>");
  });

  it("never writes the token of the URL in the request log", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      const verbose = await createIdentityTestApp(database, { LOG_LEVEL: "info" });
      const token = "A".repeat(43);
      await verbose.app.request(`/connexion/${token}`);
      expect(lines.join("\n")).not.toContain(token);
      expect(lines.join("\n")).toContain('"path":"/connexion/[jeton]"');
    } finally {
      spy.mockRestore();
    }
  });
});

describe("changing one's email: /confirmation-email/{token}", () => {
  it("sends the link to the NEW address and changes the email only when the page is validated", async () => {
    const { accessToken, email } = await registerAndLogIn(world, { email: "ancienne@example.fr" });
    const patched = await world.app.request(
      "/api/v1/me",
      json("PATCH", { email: "Nouvelle@Example.fr", lastName: "Durand" }, bearer(accessToken)),
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      user: { email, lastName: "Durand" },
      pendingEmail: "nouvelle@example.fr",
    });
    const message = await newestEmail(world.app, "nouvelle@example.fr");
    expect(message.subject).toBe("Confirmez votre nouvelle adresse e-mail");
    expect(message.link).toMatch(/^https:\/\/api\.lba\.test\/confirmation-email\//);
    expect((await world.app.request(path(message.link))).status).toBe(200);
    expect((await me(accessToken)).user.email).toBe(email);

    const confirmed = await post(message.link);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("Votre compte utilise désormais l’adresse nouvelle@example.fr.");
    expect((await me(accessToken)).user.email).toBe("nouvelle@example.fr");
    expect((await post(message.link)).status).toBe(401);
  });

  it("tells the new address's owner when another account uses it by then", async () => {
    const first = await registerAndLogIn(world);
    const second = await registerAndLogIn(world);
    await world.app.request("/api/v1/me", json("PATCH", { email: second.email }, bearer(first.accessToken)));
    const { link } = await newestEmail(world.app, second.email);
    const page = await post(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<h1>Adresse déjà utilisée</h1>");
    expect((await me(first.accessToken)).user.email).toBe(first.email);
  });
});

describe("inviting a colleague: /invitation/{token}", () => {
  it("creates the account and the membership; the colleague then logs in to the organisation", async () => {
    const { accessToken, organisationId, input } = await registerAndLogIn(world, { name: "Menuiserie Roux" });
    const invited = await world.app.request(
      `/api/v1/organisations/${organisationId}/invitations`,
      json("POST", { email: "collegue@example.fr" }, bearer(accessToken)),
    );
    expect(invited.status).toBe(201);
    expect(await invited.json()).toMatchObject({ email: "collegue@example.fr", expiresAt: expect.any(String) });
    const message = await newestEmail(world.app, "collegue@example.fr");
    expect(message.subject).toBe("Invitation à rejoindre Menuiserie Roux sur La bonne alternance");
    expect(message.text).toContain("Zoé Martin vous invite");
    const page = await (await world.app.request(path(message.link))).text();
    expect(page).toContain("<dt>Établissement</dt><dd>Menuiserie Roux</dd>");
    const accepted = await post(message.link);
    expect(await accepted.text()).toContain("<h1>Vous avez rejoint Menuiserie Roux</h1>");

    const again = await world.app.request(
      `/api/v1/organisations/${organisationId}/invitations`,
      json("POST", { email: "collegue@example.fr" }, bearer(accessToken)),
    );
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "ALREADY_MEMBER" });
    expect(input.organisation.displayName).toBe("Menuiserie Roux");
  });

  it("adds an existing person, who then belongs to two organisations", async () => {
    const host = await registerAndLogIn(world);
    const guest = await registerAndLogIn(world);
    await world.app.request(
      `/api/v1/organisations/${host.organisationId}/invitations`,
      json("POST", { email: guest.email }, bearer(host.accessToken)),
    );
    world.clock.advance(1_000); // memberships list oldest first
    await post((await newestEmail(world.app, guest.email)).link);
    const organisations = (await me(guest.accessToken)).organisations.map((o: { id: string }) => o.id);
    expect(organisations).toEqual([guest.organisationId, host.organisationId]);
  });
});

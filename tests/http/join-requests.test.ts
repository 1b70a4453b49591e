import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  newestEmail,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const contact = (email: string) => ({ firstName: "Léa", lastName: "Petit", phone: "06 12 34 56 78", email });
const post = (path: string, body: unknown) => world.app.request(path, json("POST", body));

describe("a SIRET taken → a request to join (docs/adr/0015)", () => {
  it("409 ACCOUNT_EXISTS points to POST /join-requests; an admin accepts from the emailed page", async () => {
    const siret = DEMO_SIRETS.companyOpen;
    expect((await post("/api/v1/recruiters", { siret, ...contact("gerante@example.fr") })).status).toBe(201);
    const welcome = await newestEmail(world.app, "gerante@example.fr");
    expect((await post("/api/v1/auth/session", { token: welcome.token })).status).toBe(200);

    const refused = await post("/api/v1/recruiters", { siret, ...contact("lea@example.fr") });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: "ACCOUNT_EXISTS",
      detail: expect.stringContaining("rejoindre"),
    });
    expect(refused.headers.get("link")).toBe(
      '</api/v1/join-requests>; rel="https://labonnealternance.local/rels/join-request"',
    );

    const asked = await post("/api/v1/join-requests", { kind: "company", siret, ...contact("lea@example.fr") });
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ message: expect.stringContaining("administrateurs") });

    const notice = await newestEmail(world.app, "gerante@example.fr");
    expect(notice.subject).toBe("Léa Petit demande à rejoindre AU PAIN DE DEMONSTRATION sur La bonne alternance");
    const page = new URL(notice.link).pathname;
    expect(page).toMatch(/^\/demande-acces\/[A-Za-z0-9_-]{43}$/);
    expect(notice.text).toContain("lea@example.fr, 06 12 34 56 78");
    const shown = await world.app.request(page);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain("lea@example.fr");
    expect(html).toContain("06 12 34 56 78");

    const support = await logIn(world.app, ADMIN_EMAIL);
    const open = await (await world.app.request("/api/v1/admin/join-requests", { headers: bearer(support) })).json();
    expect(open).toMatchObject({ total: 1, items: [{ email: "lea@example.fr", organisation: { siret } }] });

    const accepted = await world.app.request(page, { method: "POST" });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain("Léa Petit est maintenant membre");
    const joined = await newestEmail(world.app, "lea@example.fr");
    expect(joined.subject).toBe("Vous avez rejoint AU PAIN DE DEMONSTRATION sur La bonne alternance");
    const session = await post("/api/v1/auth/session", { token: joined.token });
    const { accessToken } = await session.json();
    const me = await (await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).json();
    expect(me.organisations).toMatchObject([{ siret, role: "member", status: "active" }]);
    expect((await world.app.request(page, { method: "POST" })).status).toBe(401);
  });

  it("answers 404 NO_ACCOUNT_TO_JOIN for a SIRET without an account, and 400 SIRET_INVALID for a bad one", async () => {
    const none = await post("/api/v1/join-requests", {
      kind: "cfa",
      siret: DEMO_SIRETS.cfaQualiopi,
      ...contact("x@example.fr"),
    });
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ code: "NO_ACCOUNT_TO_JOIN" });
    const bad = await post("/api/v1/join-requests", { kind: "cfa", siret: "1234", ...contact("x@example.fr") });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "SIRET_INVALID" });
  });

  it("limits sign-ups per typed email: the sixth welcome to one address within 15 minutes is 429", async () => {
    const victim = "victime@example.fr";
    const sirets = [DEMO_SIRETS.companyOpen, DEMO_SIRETS.cfaQualiopi];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const path = i % 2 === 0 ? "/api/v1/recruiters" : "/api/v1/cfas";
      statuses.push((await post(path, { siret: sirets[i % 2], ...contact(victim) })).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
  });
});
